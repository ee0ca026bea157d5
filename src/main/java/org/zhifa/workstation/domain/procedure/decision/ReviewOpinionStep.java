package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 法制审核意见 (S4, R15): only on a file submitted for review and not yet answered, by a qualified reviewer
 * (Art 58 ¶2). 同意 keeps the case where it is; 补正 and 不同意 send it back to investigation.
 */
final class ReviewOpinionStep extends DecisionStep<RecordReviewOpinion> {
    ReviewOpinionStep() {
        super(ActionType.REVIEW_OPINION, CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    /** A REVIEW_SUBMITTED not yet answered by an opinion. */
    static boolean pending(CaseRecord c) {
        return c.last(SubmitReview.class)
                .map(s -> DecisionFacts.after(c, s, RecordReviewOpinion.class).isEmpty())
                .orElse(false);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return pending(c);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return pending(c) ? List.of() : List.of(Violation.error("R15", "rule.R15.notSubmitted"));
    }

    @Override
    public List<Violation> check(CaseRecord c, RecordReviewOpinion a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.conclusion() == null) {
            v.add(Violation.error("R15", "rule.R15.conclusionMissing"));
        } else if (a.conclusion() != ReviewConclusion.APPROVE && (a.points() == null || a.points().isEmpty())) {
            v.add(Violation.error("R15", "rule.R15.pointsMissing", Texts.label(a.conclusion())));
        }
        v.addAll(LegalReview.reviewerProblems(LegalReview.reviewer(a), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, RecordReviewOpinion a) {
        return a.conclusion() == ReviewConclusion.APPROVE ? c.state() : CaseState.INVESTIGATING;
    }
}
