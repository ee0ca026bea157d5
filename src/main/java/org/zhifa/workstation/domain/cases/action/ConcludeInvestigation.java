package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 调查终结报告 (S3): the proposed outcome, penalty and circumstances. */
public record ConcludeInvestigation(
        java.time.LocalDate date,
        String actor,
        InvestigationOutcome outcome,
        NoPenaltyGround noPenaltyGround,
        PenaltyTerms proposedPenalty,
        java.util.Set<Circumstance> circumstances,
        java.math.BigDecimal illegalGains,
        boolean complex,
        boolean majorPublicInterest,
        boolean difficult,
        String departureReason) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.INVESTIGATION_CONCLUDED;
    }
}
