package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The party waived 陈述申辩 (expressly, in writing for R17). */
public record WaiveRepresentation(
        java.time.LocalDate date,
        String actor,
        boolean written) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.REPRESENTATION_WAIVED;
    }
}
