package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 查封/扣押 (行政强制法 Arts 17–28), with the AV record that must accompany it (R13, R14). */
public record Seize(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        boolean emergency,
        java.util.List<String> officers,
        String items,
        String recordingSha256) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.SEIZURE_ORDERED;
    }
}
