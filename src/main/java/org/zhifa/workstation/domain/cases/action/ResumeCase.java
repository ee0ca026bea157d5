package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 恢复 after 中止. */
public record ResumeCase(
        java.time.LocalDate date,
        String actor) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.RESUMED;
    }
}
