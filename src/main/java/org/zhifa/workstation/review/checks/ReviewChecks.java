package org.zhifa.workstation.review.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.discretion.DiscretionResult;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;
import org.zhifa.workstation.domain.procedure.decision.LegalReview;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 法制审核 and 集体讨论 (Arts 57 ¶2, 58; R15, R16): a decision that needed them and lacks them is a veto; a review
 * that produced no real opinion is the seed 002 defect "没有制作专门的法制审核意见或法制审核意见过于简单".
 */
final class ReviewChecks {
    private ReviewChecks() {
    }

    /** The reasons the decision needed a review (Art 58 and the local triggers of the settings). */
    static List<String> reviewTriggers(CaseRecord c, Decide d, ProcedureSettings s) {
        List<String> reasons = new ArrayList<>();
        Optional<ConcludeInvestigation> ci = before(c, d, ConcludeInvestigation.class);
        if (ci.isPresent() && ci.get().majorPublicInterest()) {
            reasons.add(Texts.tr("review.check.trigger.majorPublicInterest"));
        }
        if (ci.isPresent() && ci.get().difficult()) {
            reasons.add(Texts.tr("review.check.trigger.difficult"));
        }
        if (before(c, d, HoldHearing.class).filter(h -> !h.partyAbsentWithoutReason()).isPresent()) {
            reasons.add(Texts.tr("review.check.trigger.hearing"));
        }
        BigDecimal fine = d.penalty() == null ? null : d.penalty().fine();
        if (fine != null && c.party() != null) {
            BigDecimal threshold = c.party().kind() == PartyKind.ORGANIZATION
                    ? s.reviewThresholdOrganization() : s.reviewThresholdIndividual();
            if (threshold != null && fine.compareTo(threshold) >= 0) {
                reasons.add(Texts.tr("review.check.trigger.fine", Yuan.format(fine), Yuan.format(threshold)));
            }
        }
        if (s.reviewOnDeparture() && departure(c, d)) {
            reasons.add(Texts.tr("review.check.trigger.departure"));
        }
        return reasons;
    }

    static boolean departure(CaseRecord c, Decide d) {
        if (c.matter() == null || d.penalty() == null) {
            return false;
        }
        try {
            DiscretionResult r = CaseDiscretion.assess(c, d.penalty().fine(), d.departureReason());
            return r.departure();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The latest action of the type before the marker in the history. */
    static <T extends CaseAction> Optional<T> before(CaseRecord c, CaseAction marker, Class<T> type) {
        T found = null;
        for (CaseAction a : c.actions()) {
            if (a == marker) {
                break;
            }
            if (type.isInstance(a)) {
                found = type.cast(a);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Veto: a decision that needed 法制审核 without an approving opinion of a qualified reviewer before it. */
    static final Check LEGAL_REVIEW_REQUIRED = new Check() {
        @Override
        public String id() {
            return "LEGAL_REVIEW_REQUIRED";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            CaseRecord c = in.c();
            List<RawFinding> found = new ArrayList<>();
            for (Decide d : c.all(Decide.class)) {
                List<String> reasons = reviewTriggers(c, d, in.ctx().settings());
                if (reasons.isEmpty()) {
                    continue;
                }
                String why = String.join(Texts.tr("review.list.separator"), reasons);
                Optional<RecordReviewOpinion> opinion = before(c, d, RecordReviewOpinion.class);
                if (opinion.isEmpty()) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.reviewMissing", why), "R15"));
                } else if (opinion.get().conclusion() != ReviewConclusion.APPROVE) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.reviewNotApproved", why,
                            Texts.label(opinion.get().conclusion())), "R15"));
                } else {
                    String code = Places.blank(opinion.get().reviewer()) ? opinion.get().actor() : opinion.get().reviewer();
                    Optional<Officer> reviewer = in.ctx().officer(code);
                    if (reviewer.isEmpty() || !LegalReview.qualified(reviewer.get())) {
                        found.add(new RawFinding(Places.action(opinion.get()), Texts.tr("review.check.reviewerUnqualified",
                                reviewer.map(Officer::name).orElse(code == null ? "" : code)), "R15"));
                    }
                }
            }
            return CheckOutcome.of(found);
        }
    };

    /** Veto: a decision in a case the 调查终结报告 flags 情节复杂/重大 without signed 集体讨论 minutes before it. */
    static final Check DELIBERATION_REQUIRED = new Check() {
        @Override
        public String id() {
            return "DELIBERATION_REQUIRED";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            CaseRecord c = in.c();
            List<RawFinding> found = new ArrayList<>();
            for (Decide d : c.all(Decide.class)) {
                Optional<ConcludeInvestigation> ci = before(c, d, ConcludeInvestigation.class);
                boolean complex = ci.map(ConcludeInvestigation::complex).orElse(false);
                boolean departure = in.ctx().settings().deliberationOnDeparture() && departure(c, d);
                if (!complex && !departure) {
                    continue;
                }
                LocalDate since = ci.map(CaseAction::date).orElse(LocalDate.MIN);
                boolean deliberated = false;
                for (CaseAction a : c.actions()) {
                    if (a == d) {
                        break;
                    }
                    if (a instanceof Deliberate x && x.minutesSigned() && !x.date().isBefore(since)) {
                        deliberated = true;
                    }
                }
                if (!deliberated) {
                    found.add(new RawFinding(Places.action(d), Texts.tr(complex ? "review.check.deliberationMissing"
                            : "review.check.deliberationMissingDeparture"), "R16"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    /**
     * The 法制审核意见 is a real opinion: numbered points or a legal basis of at least {@code minLength} characters
     * (default 10); a submission that got no opinion before the decision is scored here as well.
     */
    static final Check REVIEW_OPINION = new Check() {
        @Override
        public String id() {
            return "REVIEW_OPINION";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            int minLength = params.get("minLength") instanceof Number n ? n.intValue() : 10;
            CaseRecord c = in.c();
            List<RawFinding> found = new ArrayList<>();
            for (RecordReviewOpinion o : c.all(RecordReviewOpinion.class)) {
                int length = 0;
                for (String p : o.points() == null ? List.<String>of() : o.points()) {
                    length += p == null ? 0 : p.strip().length();
                }
                length += o.legalBasis() == null ? 0 : o.legalBasis().strip().length();
                if (length == 0) {
                    found.add(new RawFinding(Places.action(o), Texts.tr("review.check.opinionEmpty"), "R15"));
                } else if (length < minLength) {
                    found.add(new RawFinding(Places.action(o), Texts.tr("review.check.opinionTooBrief", length, minLength), "R15"));
                }
            }
            SubmitReview pending = null;
            for (CaseAction a : c.actions()) {
                if (a instanceof SubmitReview s) {
                    pending = s;
                } else if (a instanceof RecordReviewOpinion) {
                    pending = null;
                } else if (a instanceof Decide && pending != null) {
                    found.add(new RawFinding(Places.action(pending), Texts.tr("review.check.opinionMissing"), "R15"));
                    pending = null;
                }
            }
            return CheckOutcome.of(found);
        }
    };
}
