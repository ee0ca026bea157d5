package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.discretion.CircumstanceRules;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 不予行政处罚决定 (R9): the ground must hold on the conclusion's circumstances — Art 33 ¶1 s.1 (no harm and
 * corrected promptly, hence minor), s.2 (first offence, minor harm, corrected promptly, with a recorded reason),
 * ¶2 no fault; the other grounds (under 14, incapacity, limitation, facts not established) rest on their own
 * findings. Every 不予处罚 of an established violation records that the party was educated (Art 33 ¶3); none is
 * needed when the facts are not established (Art 57(3)). Also R4, R22 and the Art 58 review triggers (R15).
 */
final class DecideNoPenaltyStep extends DecisionStep<DecideNoPenalty> {
    DecideNoPenaltyStep() {
        super(ActionType.NO_PENALTY_DECIDED, CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(DecisionGates.notBeforeFiling(c, on));
        v.addAll(LegalReview.check(c, LegalReview.triggers(c, null, ctx.settings()), ctx));
        v.addAll(DecisionGates.withinPeriod(c, on, ctx));
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, DecideNoPenalty a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(DecisionGates.approvedByLead(a.approvedBy(), ctx));
        if (a.ground() == null) {
            v.add(Violation.error("R9", "rule.R9.groundMissing"));
            return v;
        }
        Set<Circumstance> cs = DecisionFacts.circumstances(c);
        if (a.ground() == NoPenaltyGround.MINOR_CORRECTED && !CircumstanceRules.noPenaltyMandatory(cs)) {
            v.add(Violation.error("R9", "rule.R9.minorCorrectedConditions"));
        }
        if (a.ground() == NoPenaltyGround.FIRST_OFFENSE) {
            if (!CircumstanceRules.firstOffenseConditions(cs)) {
                v.add(Violation.error("R9", "rule.R9.firstOffenseConditions"));
            }
            if (a.reason() == null || a.reason().isBlank()) {
                v.add(Violation.error("R9", "rule.R9.firstOffenseReason"));
            }
            if (c.matter() != null && !c.matter().firstOffenseListed()) {
                v.add(Violation.warning("R9", "rule.R9.firstOffenseNotListed"));
            }
        }
        if (a.ground() != NoPenaltyGround.FACTS_NOT_ESTABLISHED && !a.educationRecorded()) {
            v.add(Violation.error("R9", "rule.R9.educationMissing"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, DecideNoPenalty a) {
        return CaseState.NO_PENALTY;
    }
}
