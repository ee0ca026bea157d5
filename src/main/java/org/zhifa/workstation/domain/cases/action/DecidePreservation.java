package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The decision on preserved evidence, due within 7 working days (R12). */
public record DecidePreservation(
        java.time.LocalDate date,
        String actor,
        String disposal) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PRESERVATION_DECIDED;
    }
}
