package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 结案 (S10) approved by the 负责人. */
public record CloseCase(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        String summary) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.CLOSED;
    }
}
