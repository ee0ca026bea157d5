package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 立案 (S1) approved by the 负责人 with the two handlers named. */
public record FileCase(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        java.util.List<String> handlers,
        String lateReason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.FILE;
    }
}
