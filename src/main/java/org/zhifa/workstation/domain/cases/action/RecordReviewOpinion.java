package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The 法制审核意见: 同意 / 补正 / 不同意 with numbered points (S4, R15). */
public record RecordReviewOpinion(
        java.time.LocalDate date,
        String actor,
        String reviewer,
        ReviewConclusion conclusion,
        java.util.List<String> points,
        String legalBasis) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.REVIEW_OPINION;
    }
}
