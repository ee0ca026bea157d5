package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** An extension of the 90-day decision period under a configured rule (R22). */
public record ExtendDecisionPeriod(
        java.time.LocalDate date,
        String actor,
        int days,
        String legalBasis,
        String approvedBy) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.DECISION_PERIOD_EXTENDED;
    }
}
