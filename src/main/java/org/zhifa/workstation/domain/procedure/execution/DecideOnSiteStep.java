package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.FinePreconditions;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 当场处罚 (Arts 51–52): two certified officers showing their certificates (R1), a penalty the 简易程序 allows
 * (R24), the serial number, place and the party heard (R25), cash only where 当场收缴 is allowed (R26). The
 * decision is handed over on the spot: the case is SERVED, or EXECUTED when the fine was collected on site.
 */
final class DecideOnSiteStep implements Step<DecideOnSite> {

    @Override
    public ActionType type() {
        return ActionType.ON_SITE_DECIDED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.LEAD);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return c.procedure() == ProcedureKind.SUMMARY;
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return c.procedure() == ProcedureKind.SUMMARY ? List.of()
                : List.of(Violation.error("R24", "rule.R24.notSummary"));
    }

    @Override
    public List<Violation> check(CaseRecord c, DecideOnSite a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(officers(c, a, ctx));
        if (!a.certificatesShown()) {
            v.add(Violation.error("R1", "rule.R1.onSiteCertificatesNotShown"));
        }
        v.addAll(SummaryProcedureLimits.check(c.party() == null ? null : c.party().kind(), a.penalty()));
        v.addAll(FinePreconditions.check(c, a.penalty(), a.date()));
        if (ExecutionFacts.blank(a.serialNumber())) {
            v.add(Violation.error("R25", "rule.R25.serialMissing"));
        }
        if (ExecutionFacts.blank(a.place())) {
            v.add(Violation.error("R25", "rule.R25.placeMissing"));
        }
        if (!a.partyHeard()) {
            v.add(Violation.error("R25", "rule.R25.partyNotHeard"));
        }
        BigDecimal fine = a.penalty() == null ? null : a.penalty().fine();
        if (a.collectedOnSite()) {
            v.addAll(OnSiteCollection.check(true, fine, a.hardToCollectLater(), a.remoteArea(),
                    a.partyRequestedOnSitePayment(), a.receiptNumber()));
        } else if (!ExecutionFacts.blank(a.receiptNumber())) {
            v.add(Violation.error("R26", "rule.R26.receiptWithoutCollection"));
        }
        return v;
    }

    /** R1: at least two listed officers whose certificate is valid that day (one when the matter is exempt). */
    private static List<Violation> officers(CaseRecord c, DecideOnSite a, RuleContext ctx) {
        Set<String> codes = new LinkedHashSet<>(a.officers() == null ? List.of() : a.officers());
        List<String> notCounted = new ArrayList<>();
        int certified = 0;
        for (String code : codes) {
            Officer o = ctx.officer(code).orElse(null);
            if (o != null && o.countsAsCertifiedOn(a.date())) {
                certified++;
            } else {
                notCounted.add(o == null ? code : o.name());
            }
        }
        boolean exempt = c.matter() != null && c.matter().twoOfficerExempt();
        int needed = exempt ? 1 : 2;
        if (certified >= needed) {
            return List.of();
        }
        String others = notCounted.isEmpty() ? "—" : String.join("、", notCounted);
        return List.of(exempt
                ? Violation.error("R1", "rule.R1.onSiteNoOfficer", others)
                : Violation.error("R1", "rule.R1.onSiteTooFewOfficers", certified, others));
    }

    @Override
    public CaseState next(CaseRecord c, DecideOnSite a) {
        boolean collected = a.collectedOnSite() && a.penalty() != null && a.penalty().fine() != null
                && a.penalty().fine().signum() > 0;
        return collected ? CaseState.EXECUTED : CaseState.SERVED;
    }
}
