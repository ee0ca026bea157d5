package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/** Gates several investigation steps share: the officers who act (R1), recusals (R3), approvals and reasons. */
final class Gates {
    private Gates() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the code names an officer whose role is 负责人 (LEAD). */
    static boolean isLead(RuleContext ctx, String code) {
        return ctx.officer(code).map(o -> o.role() == OfficerRole.LEAD).orElse(false);
    }

    /** The 立案 date: the latest FILE action, else the header's filedOn (null before filing). */
    static LocalDate filedOn(CaseRecord c) {
        return c.last(FileCase.class).map(CaseAction::date).orElse(c.filedOn());
    }

    /**
     * R1 (Art 42): at least two officers holding a certificate valid on the day; auxiliaries help but do not count;
     * a listed officer whose certificate is suspended, revoked or out of date may not act at all. A matter flagged
     * twoOfficerExempt (a law provides otherwise) needs one certified officer.
     */
    static List<Violation> certifiedOfficers(CaseRecord c, LocalDate on, List<String> codes, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>(codes == null ? List.of() : codes);
        distinct.removeIf(Gates::blank);
        int counted = 0;
        for (String code : distinct) {
            Optional<Officer> officer = ctx.officer(code);
            if (officer.isEmpty()) {
                v.add(Violation.error("R1", "rule.R1.unknownOfficer", code));
            } else if (officer.get().role() == OfficerRole.AUXILIARY) {
                continue;
            } else if (officer.get().countsAsCertifiedOn(on)) {
                counted++;
            } else {
                Officer o = officer.get();
                String reason = o.certificate() == null ? Texts.tr("rule.R1.noCertificate")
                        : Texts.tr("rule.R1.certificateState", Texts.label(o.certificate().status()),
                                o.certificate().validFrom(), o.certificate().validTo());
                v.add(Violation.error("R1", "rule.R1.certificateInvalid", o.name(), on, reason));
            }
        }
        boolean exempt = c.matter() != null && c.matter().twoOfficerExempt();
        int required = exempt ? 1 : 2;
        if (counted < required) {
            v.add(Violation.error("R1", "rule.R1.tooFewOfficers", required, on, counted));
        }
        return v;
    }

    /** R3 (Art 43): none of the people named may be an officer with a pending or granted 回避. */
    static List<Violation> notRecused(CaseRecord c, Collection<String> codes, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        Recusals recusals = Recusals.of(c);
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            if (blank(code) || !seen.add(code)) {
                continue;
            }
            String name = ctx.officer(code).map(Officer::name).orElse(code);
            if (recusals.granted(code)) {
                v.add(Violation.error("R3", "rule.R3.officerRecused", name));
            } else if (recusals.pending(code)) {
                v.add(Violation.error("R3", "rule.R3.recusalPending", name));
            }
        }
        return v;
    }

    /** People named on an action, in order, nulls dropped. */
    static List<String> people(List<String> officers, String... others) {
        List<String> all = new ArrayList<>(officers == null ? List.of() : officers);
        for (String o : others) {
            all.add(o);
        }
        all.removeIf(Objects::isNull);
        return all;
    }

    /** The 负责人 approval an action needs; {@code step} is the label of the step for the message. */
    static List<Violation> leadApproval(RuleContext ctx, String approvedBy, String step) {
        if (isLead(ctx, approvedBy)) {
            return List.of();
        }
        String who = blank(approvedBy) ? Texts.tr("investigation.nobody")
                : ctx.officer(approvedBy).map(Officer::name).orElse(approvedBy);
        return List.of(Violation.error("PROC", "investigation.leadApprovalRequired", step, who));
    }

    /** A written reason the action needs. */
    static List<Violation> reason(String reason, String step) {
        return blank(reason) ? List.of(Violation.error("PROC", "investigation.reasonRequired", step)) : List.of();
    }
}
