package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 终止 (the case ends without a decision). */
public record TerminateCase(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.TERMINATED;
    }
}
