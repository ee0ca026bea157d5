package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 不予行政处罚决定 (Arts 30, 31, 33, 57) with its ground and the education record (R9). */
public record DecideNoPenalty(
        java.time.LocalDate date,
        String actor,
        NoPenaltyGround ground,
        String approvedBy,
        String reason,
        boolean educationRecorded) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.NO_PENALTY_DECIDED;
    }
}
