package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** An application for the 回避 of an officer (Art 43). */
public record ApplyRecusal(
        java.time.LocalDate date,
        String actor,
        String officer,
        String applicant,
        String reason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.RECUSAL_APPLIED;
    }
}
