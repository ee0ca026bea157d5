package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 责令(限期)改正 (Art 28) with its deadline. */
public record OrderCorrection(
        java.time.LocalDate date,
        String actor,
        java.time.LocalDate deadline,
        String requirements) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.CORRECTION_ORDERED;
    }
}
