package org.zhifa.workstation.domain.procedure.decision;

import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Severity;
import org.zhifa.workstation.domain.procedure.Violation;

/** 报送法制审核 (S4): the file goes to the reviewer; warns early when the named reviewer's opinion would not count. */
final class SubmitReviewStep extends DecisionStep<SubmitReview> {
    SubmitReviewStep() {
        super(ActionType.REVIEW_SUBMITTED, CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, SubmitReview a, RuleContext ctx) {
        if (a.reviewer() == null || a.reviewer().isBlank()) {
            return List.of();
        }
        return LegalReview.reviewerProblems(a.reviewer(), ctx).stream()
                .map(v -> new Violation(v.rule(), v.article(), v.message(), Severity.WARNING))
                .toList();
    }
}
