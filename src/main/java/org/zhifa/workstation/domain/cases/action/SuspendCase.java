package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 中止 (the clock stops for the reason given). */
public record SuspendCase(
        java.time.LocalDate date,
        String actor,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.SUSPENDED;
    }
}
