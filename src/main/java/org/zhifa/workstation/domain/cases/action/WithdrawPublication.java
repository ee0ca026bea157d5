package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The publication withdrawn after a change, revocation or finding (R33). */
public record WithdrawPublication(
        java.time.LocalDate date,
        String actor,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PUBLICATION_WITHDRAWN;
    }
}
