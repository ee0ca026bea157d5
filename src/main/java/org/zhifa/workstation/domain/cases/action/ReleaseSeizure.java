package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 查封/扣押 lifted. */
public record ReleaseSeizure(
        java.time.LocalDate date,
        String actor,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.SEIZURE_RELEASED;
    }
}
