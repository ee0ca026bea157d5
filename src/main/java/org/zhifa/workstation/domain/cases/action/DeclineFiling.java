package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 不予立案 with a reason, approved by the 负责人. */
public record DeclineFiling(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.DECLINE_FILING;
    }
}
