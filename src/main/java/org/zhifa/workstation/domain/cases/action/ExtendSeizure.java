package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** One extension of a 查封/扣押 of at most 30 days for a complex case (R13). */
public record ExtendSeizure(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        int days,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.SEIZURE_EXTENDED;
    }
}
