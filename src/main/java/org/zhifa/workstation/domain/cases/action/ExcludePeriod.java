package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** A period not counted in the 90 days (中止, hearing, 公告, 鉴定) under a configured rule (R22). */
public record ExcludePeriod(
        java.time.LocalDate date,
        String actor,
        java.time.LocalDate from,
        java.time.LocalDate to,
        String reason,
        String legalBasis) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PERIOD_EXCLUDED;
    }
}
