package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The file is sent to 法制审核 (S4). */
public record SubmitReview(
        java.time.LocalDate date,
        String actor,
        String reviewer) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.REVIEW_SUBMITTED;
    }
}
