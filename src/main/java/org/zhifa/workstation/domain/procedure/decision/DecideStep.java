package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 行政处罚决定 (S7). Gates of the case and the day: R4, R42 (catalog), R9 (mandatory 不予处罚), R17 (rights), R15
 * (review, with the notice's proposed fine), R16 (deliberation), R22 (90 days), R45 (warning). Gates on the
 * decision: the 负责人's approval, R10, R42/R11 (types and amount), R20, R41, R23, R15 (the decided fine).
 */
final class DecideStep extends DecisionStep<Decide> {
    DecideStep() {
        super(ActionType.DECIDED, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(DecisionGates.notBeforeFiling(c, on));
        v.addAll(DecisionGates.inCatalog(c, ctx));
        v.addAll(DecisionGates.noPenaltyMandatory(c));
        v.addAll(PartyRights.check(c, on, ctx));
        v.addAll(LegalReview.check(c, LegalReview.triggers(c, proposedFine(c), ctx.settings()), ctx));
        v.addAll(LegalReview.deliberation(c));
        v.addAll(DecisionGates.withinPeriod(c, on, ctx));
        v.addAll(DecisionGates.evidenceAfterHearing(c));
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, Decide a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(DecisionGates.approvedByLead(a.approvedBy(), ctx));
        PenaltyTerms p = a.penalty();
        if (p == null || p.types() == null || p.types().isEmpty()) {
            v.add(Violation.error("PROC", "decision.penaltyMissing"));
            return v;
        }
        v.addAll(PenaltyChecks.secondFine(c, p));
        v.addAll(PenaltyChecks.types(c, p));
        v.addAll(PenaltyChecks.fine(c, a, ctx));
        v.addAll(PenaltyChecks.notHeavierThanNotice(c, p));
        v.addAll(PenaltyChecks.illegalGains(c, p));
        v.addAll(PenaltyChecks.contents(c, a));
        if (LegalReview.check(c, LegalReview.triggers(c, proposedFine(c), ctx.settings()), ctx).isEmpty()) {
            v.addAll(LegalReview.check(c, LegalReview.triggers(c, PenaltyChecks.hasFine(p) ? p.fine() : null,
                    ctx.settings()), ctx));
        }
        return v;
    }

    private static BigDecimal proposedFine(CaseRecord c) {
        return DecisionFacts.notice(c).map(n -> n.proposedPenalty())
                .filter(PenaltyChecks::hasFine).map(PenaltyTerms::fine).orElse(null);
    }

    @Override
    public CaseState next(CaseRecord c, Decide a) {
        return CaseState.DECIDED;
    }
}
