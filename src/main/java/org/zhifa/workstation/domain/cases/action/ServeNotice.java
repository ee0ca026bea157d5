package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 行政处罚事先告知书 served (S6): the proposed penalty and whether the hearing right was given (R18). */
public record ServeNotice(
        java.time.LocalDate date,
        String actor,
        PenaltyTerms proposedPenalty,
        boolean hearingRightGiven,
        ServiceMethod method) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.NOTICE_SERVED;
    }
}
