package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 行政处罚决定 (S7) with the penalty, the discretion statement and the remedy clause. */
public record Decide(
        java.time.LocalDate date,
        String actor,
        PenaltyTerms penalty,
        String approvedBy,
        String discretionStatement,
        String departureReason,
        boolean remedyClauseComplete) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.DECIDED;
    }
}
