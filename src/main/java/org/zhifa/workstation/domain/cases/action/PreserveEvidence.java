package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 证据先行登记保存, approved by the 负责人 (Art 56). */
public record PreserveEvidence(
        java.time.LocalDate date,
        String actor,
        String approvedBy,
        java.util.List<String> officers,
        String items) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PRESERVATION_ORDERED;
    }
}
