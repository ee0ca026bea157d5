package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 催告书 served before court enforcement (行政强制法 Art 54, R31). */
public record ServeUrging(
        java.time.LocalDate date,
        String actor) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.URGING_SERVED;
    }
}
