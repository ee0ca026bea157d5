package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.FinePreconditions;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.MinorStatus;

/**
 * 调查终结报告 (S3, Art 57): some evidence on file, every 回避 application decided (R3), a complete proposal, and the
 * limits of the law: minors (R8, Art 30), limitation (R6), and a fine that presupposes an overdue correction order
 * (rule PRE, Art 28).
 */
final class InvestigationConcludedStep extends InvestigationStep<ConcludeInvestigation> {
    InvestigationConcludedStep() {
        super(ActionType.INVESTIGATION_CONCLUDED, CaseState.INVESTIGATING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!c.has(MakeRecord.class) && !c.has(AddEvidence.class)) {
            v.add(Violation.error("PROC", "investigation.noEvidence"));
        }
        for (String officer : Recusals.of(c).pendingOfficers()) {
            v.add(Violation.error("R3", "rule.R3.recusalUndecided", ctx.officer(officer).map(Officer::name).orElse(officer)));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, ConcludeInvestigation a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.outcome() == null) {
            v.add(Violation.error("PROC", "investigation.outcomeMissing"));
            return v;
        }
        boolean penalty = a.outcome() == InvestigationOutcome.PENALTY;
        PenaltyTerms proposed = a.proposedPenalty();
        if (penalty && (proposed == null || proposed.types() == null || proposed.types().isEmpty())) {
            v.add(Violation.error("PROC", "investigation.penaltyMissing"));
        }
        if (a.outcome() == InvestigationOutcome.NO_PENALTY && a.noPenaltyGround() == null) {
            v.add(Violation.error("PROC", "investigation.groundMissing"));
        }
        v.addAll(minors(c, a, ctx));
        LocalDate filed = Gates.filedOn(c);
        if (penalty && filed != null && Limitation.expiredOn(c, filed)) {
            v.add(Violation.error("R6", "rule.R6.penaltyAfterLimitation", c.actDate(), Limitation.lastDay(c).orElseThrow(), filed));
        }
        if (penalty) {
            v.addAll(FinePreconditions.check(c, proposed, a.date()));
        }
        v.addAll(Gates.notRecused(c, Gates.people(List.of(), a.actor()), ctx));
        return v;
    }

    /** R8: under 14 at the act → no penalty (ground UNDER_14); 14–18 → 从轻/减轻 must be among the circumstances. */
    private static List<Violation> minors(CaseRecord c, ConcludeInvestigation a, RuleContext ctx) {
        Optional<PartyAge> age = PartyAge.at(c, ctx.settings().fullAgeStartsDayAfterBirthday());
        MinorStatus status = age.map(PartyAge::status).orElse(null);
        Set<Circumstance> circumstances = a.circumstances() == null ? Set.of() : a.circumstances();
        List<Violation> v = new ArrayList<>();
        if (status == MinorStatus.UNDER_14) {
            if (a.outcome() == InvestigationOutcome.PENALTY) {
                v.add(Violation.error("R8", "rule.R8.under14", age.get().years(), c.actDate()));
            } else if (a.outcome() == InvestigationOutcome.NO_PENALTY && a.noPenaltyGround() != null
                    && a.noPenaltyGround() != NoPenaltyGround.UNDER_14
                    && a.noPenaltyGround() != NoPenaltyGround.FACTS_NOT_ESTABLISHED) {
                v.add(Violation.error("R8", "rule.R8.under14Ground", Texts.label(NoPenaltyGround.UNDER_14)));
            }
        } else if (a.noPenaltyGround() == NoPenaltyGround.UNDER_14 && a.outcome() == InvestigationOutcome.NO_PENALTY) {
            v.add(Violation.error("R8", "rule.R8.notUnder14", age.map(x -> String.valueOf(x.years())).orElse("?")));
        }
        if (status == MinorStatus.FROM_14_TO_18 && a.outcome() == InvestigationOutcome.PENALTY
                && !circumstances.contains(Circumstance.MINOR_14_TO_18)) {
            v.add(Violation.error("R8", "rule.R8.minorMitigation", age.get().years(), c.actDate()));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ConcludeInvestigation a) {
        return CaseState.UNDER_REVIEW;
    }
}
