package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The hearing took place (or the party stayed away without good reason = waiver) (R19). */
public record HoldHearing(
        java.time.LocalDate date,
        String actor,
        String presider,
        boolean partyAbsentWithoutReason,
        boolean recordSigned) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.HEARING_HELD;
    }
}
