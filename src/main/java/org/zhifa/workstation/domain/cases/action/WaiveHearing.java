package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The party waived the hearing right expressly (R17). */
public record WaiveHearing(
        java.time.LocalDate date,
        String actor,
        boolean written) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.HEARING_WAIVED;
    }
}
