package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The party asked for a hearing (within 5 working days of the notice, R18); a posted request counts from its postmark. */
public record RequestHearing(
        java.time.LocalDate date,
        String actor,
        java.time.LocalDate postmarkDate) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.HEARING_REQUESTED;
    }
}
