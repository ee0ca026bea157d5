package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 申请人民法院强制执行 (行政强制法 Art 53, R31). */
public record ApplyCourtEnforcement(
        java.time.LocalDate date,
        String actor,
        String court) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.COURT_ENFORCEMENT_APPLIED;
    }
}
