package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 移送 to the competent body or to judicial organs. */
public record Transfer(
        java.time.LocalDate date,
        String actor,
        TransferTarget target,
        String recipient,
        String reason,
        String approvedBy) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.TRANSFER;
    }
}
