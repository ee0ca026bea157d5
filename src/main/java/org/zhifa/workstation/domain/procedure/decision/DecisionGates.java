package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.discretion.CircumstanceRules;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** Gates shared by the notice and the decisions that depend only on the case and the day. */
final class DecisionGates {
    private DecisionGates() {
    }

    /** R4: not before 立案. */
    static List<Violation> notBeforeFiling(CaseRecord c, LocalDate on) {
        Optional<LocalDate> filed = DecisionFacts.filedOn(c);
        if (filed.isEmpty()) {
            return List.of(Violation.error("R4", "rule.R4.decisionNotFiled"));
        }
        if (on.isBefore(filed.get())) {
            return List.of(Violation.error("R4", "rule.R4.decisionBeforeFiling", on, filed.get()));
        }
        return List.of();
    }

    /** R22: within 90 days of 立案 plus extensions and excluded days. */
    static List<Violation> withinPeriod(CaseRecord c, LocalDate on, RuleContext ctx) {
        Optional<Deadline> deadline = DecisionPeriod.deadline(c, ctx.calendar());
        if (deadline.isEmpty()) {
            return List.of();
        }
        List<Violation> v = new ArrayList<>();
        Deadline d = deadline.get();
        if (on.isAfter(d.date())) {
            v.add(Violation.error("R22", "rule.R22.overdue", DecisionFacts.filedOn(c).orElseThrow(), d.date(),
                    DecisionPeriod.extensionDays(c), DecisionPeriod.excludedDays(c), on));
        }
        d.warning().ifPresent(w -> v.add(Violation.warning("R22", "decision.provisionalDeadline", d.description(), w)));
        return v;
    }

    /** R42: the matter is in the catalog and belongs to the case's authority. */
    static List<Violation> inCatalog(CaseRecord c, RuleContext ctx) {
        CatalogMatter m = c.matter();
        if (m == null) {
            return List.of(Violation.error("R42", "rule.R42.decisionNoMatter"));
        }
        if (!ctx.catalog().containsKey(m.code())) {
            return List.of(Violation.error("R42", "rule.R42.decisionNotInCatalog", m.code()));
        }
        if (c.authority() != null && m.authorityCode() != null && !m.authorityCode().equals(c.authority().code())) {
            return List.of(Violation.error("R42", "rule.R42.decisionOtherAuthority", m.code(), m.authorityCode()));
        }
        return List.of();
    }

    /** R9: Art 33 ¶1 s.1 makes 不予处罚 mandatory: no penalty may be proposed or decided. */
    static List<Violation> noPenaltyMandatory(CaseRecord c) {
        if (CircumstanceRules.noPenaltyMandatory(DecisionFacts.circumstances(c))) {
            return List.of(Violation.error("R9", "rule.R9.noPenaltyMandatory"));
        }
        return List.of();
    }

    /** R45: evidence gathered after the hearing was not examined there (warning). */
    static List<Violation> evidenceAfterHearing(CaseRecord c) {
        Optional<HoldHearing> held = DecisionFacts.hearingHeld(c);
        if (held.isEmpty()) {
            return List.of();
        }
        List<Violation> v = new ArrayList<>();
        for (AddEvidence e : DecisionFacts.after(c, held.get(), AddEvidence.class)) {
            v.add(Violation.warning("R45", "rule.R45.evidenceAfterHearing", e.title(), e.date(), held.get().date()));
        }
        return v;
    }

    /** The 负责人 approves decisions (Art 57). */
    static List<Violation> approvedByLead(String approvedBy, RuleContext ctx) {
        boolean lead = ctx.officer(approvedBy).map(o -> o.role() == OfficerRole.LEAD).orElse(false);
        if (!lead) {
            return List.of(Violation.error("PROC", "decision.approverNotLead", approvedBy == null ? "" : approvedBy));
        }
        return List.of();
    }
}
