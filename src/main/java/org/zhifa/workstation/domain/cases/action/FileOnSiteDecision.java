package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 备案 of an on-site decision with the authority (Art 52). */
public record FileOnSiteDecision(
        java.time.LocalDate date,
        String actor) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.ON_SITE_FILED;
    }
}
