package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 撤案 with a reason, approved by the 负责人. */
public record WithdrawCase(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.WITHDRAWN;
    }
}
