package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 法制审核 (Art 58, R15) and 集体讨论 (Art 57 ¶2, R16) before a decision.
 *
 * <p>Review triggers: the conclusion flags major public interest or a difficult case; a hearing the party attended;
 * a fine at or above the local threshold for the party kind (setting). The decision waits for the latest review
 * opinion to be 同意, dated on or after the latest trigger (the conclusion, or the hearing), by a qualified reviewer.
 * A tier departure adds review and deliberation per settings; those are reported under R11.
 */
public final class LegalReview {
    /** Art 58 ¶2: reviewers who first took up the role on or after this day need 法律职业资格. */
    public static final LocalDate QUALIFICATION_CUTOFF = LocalDate.of(2021, 7, 15);

    private LegalReview() {
    }

    /** Role REVIEWER, and 法律职业资格 or reviewing since before 2021-07-15. */
    public static boolean qualified(Officer o) {
        return o != null && o.role() == OfficerRole.REVIEWER
                && (o.legalQualification() || (o.reviewerSince() != null && o.reviewerSince().isBefore(QUALIFICATION_CUTOFF)));
    }

    /** Why the reviewer's opinion would not count (empty when qualified). */
    static List<Violation> reviewerProblems(String code, RuleContext ctx) {
        Optional<Officer> o = ctx.officer(code);
        if (o.isEmpty()) {
            return List.of(Violation.error("R15", "rule.R15.unknownReviewer", code == null ? "" : code));
        }
        if (o.get().role() != OfficerRole.REVIEWER) {
            return List.of(Violation.error("R15", "rule.R15.notAReviewer", o.get().name()));
        }
        if (!qualified(o.get())) {
            return List.of(Violation.error("R15", "rule.R15.reviewerUnqualified", o.get().name()));
        }
        return List.of();
    }

    /** One reason the case needs review, and the day from which an opinion counts. */
    record Trigger(String reason, LocalDate since) {
    }

    /** The Art 58 / local triggers; fine is the penalty's fine (or the notice's proposal), may be null. */
    static List<Trigger> triggers(CaseRecord c, BigDecimal fine, ProcedureSettings s) {
        List<Trigger> t = new ArrayList<>();
        Optional<ConcludeInvestigation> ci = DecisionFacts.conclusion(c);
        LocalDate concluded = ci.map(CaseAction::date).orElse(null);
        if (ci.isPresent() && ci.get().majorPublicInterest()) {
            t.add(new Trigger(Texts.tr("decision.trigger.majorPublicInterest"), concluded));
        }
        if (ci.isPresent() && ci.get().difficult()) {
            t.add(new Trigger(Texts.tr("decision.trigger.difficult"), concluded));
        }
        Optional<HoldHearing> held = DecisionFacts.hearingHeld(c);
        held.ifPresent(h -> t.add(new Trigger(Texts.tr("decision.trigger.hearing"), h.date())));
        if (fine != null && c.party() != null) {
            BigDecimal threshold = c.party().kind() == PartyKind.ORGANIZATION
                    ? s.reviewThresholdOrganization() : s.reviewThresholdIndividual();
            if (threshold != null && fine.compareTo(threshold) >= 0) {
                t.add(new Trigger(Texts.tr("decision.trigger.fine", Yuan.format(fine), Yuan.format(threshold)), concluded));
            }
        }
        return t;
    }

    /** R15: the review the triggers require is missing, not approving, or too early (empty when none is due). */
    static List<Violation> check(CaseRecord c, List<Trigger> triggers, RuleContext ctx) {
        if (triggers.isEmpty()) {
            return List.of();
        }
        String reasons = String.join("、", triggers.stream().map(Trigger::reason).distinct().toList());
        LocalDate since = triggers.stream().map(Trigger::since).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        Optional<RecordReviewOpinion> last = c.last(RecordReviewOpinion.class);
        if (last.isEmpty()) {
            return List.of(Violation.error("R15", "rule.R15.reviewMissing", reasons));
        }
        RecordReviewOpinion o = last.get();
        if (o.conclusion() != ReviewConclusion.APPROVE) {
            return List.of(Violation.error("R15", "rule.R15.reviewNotApproved", reasons, Texts.label(o.conclusion())));
        }
        if (since != null && o.date().isBefore(since)) {
            return List.of(Violation.error("R15", "rule.R15.reviewTooEarly", reasons, o.date(), since));
        }
        return reviewerProblems(reviewer(o), ctx);
    }

    /** R11: an approving review on or after the conclusion, required for a tier departure. */
    static boolean approvedSinceConclusion(CaseRecord c, RuleContext ctx) {
        LocalDate concluded = DecisionFacts.conclusion(c).map(CaseAction::date).orElse(LocalDate.MIN);
        return c.last(RecordReviewOpinion.class)
                .filter(o -> o.conclusion() == ReviewConclusion.APPROVE && !o.date().isBefore(concluded))
                .filter(o -> reviewerProblems(reviewer(o), ctx).isEmpty())
                .isPresent();
    }

    /** A 集体讨论 with signed minutes on or after the conclusion (R16, and R11 for departures). */
    static boolean deliberatedSinceConclusion(CaseRecord c) {
        LocalDate concluded = DecisionFacts.conclusion(c).map(CaseAction::date).orElse(LocalDate.MIN);
        return c.all(Deliberate.class).stream().anyMatch(d -> d.minutesSigned() && !d.date().isBefore(concluded));
    }

    /** R16: a case the conclusion flags complex needs signed 集体讨论 minutes. */
    static List<Violation> deliberation(CaseRecord c) {
        boolean complex = DecisionFacts.conclusion(c).map(ConcludeInvestigation::complex).orElse(false);
        if (complex && !deliberatedSinceConclusion(c)) {
            return List.of(Violation.error("R16", "rule.R16.deliberationMissing"));
        }
        return List.of();
    }

    static String reviewer(RecordReviewOpinion o) {
        return o.reviewer() == null || o.reviewer().isBlank() ? o.actor() : o.reviewer();
    }
}
