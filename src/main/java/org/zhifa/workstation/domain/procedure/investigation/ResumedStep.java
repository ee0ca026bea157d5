package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.ResumeCase;

/** 恢复办案: back to the state the case was in when it was suspended. */
final class ResumedStep extends InvestigationStep<ResumeCase> {
    ResumedStep() {
        super(ActionType.RESUMED, CaseState.SUSPENDED);
    }

    @Override
    public List<Violation> check(CaseRecord c, ResumeCase a, RuleContext ctx) {
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, ResumeCase a) {
        return stateBeforeSuspension(c);
    }

    /**
     * The procedural state the actions reached, ignoring suspensions: the milestones of the general procedure that a
     * case can be suspended in (立案 → 调查 → 审查 → 告知 → 听证, back to 调查 on a 补正/不同意 review opinion).
     */
    static CaseState stateBeforeSuspension(CaseRecord c) {
        CaseState s = CaseState.FILED;
        for (CaseAction a : c.actions()) {
            s = switch (a.type()) {
                case FILE -> CaseState.FILED;
                case RECORD, RECUSAL_APPLIED, RECUSAL_DECIDED, EVIDENCE_ADDED, PRESERVATION_ORDERED,
                     PRESERVATION_DECIDED, SEIZURE_ORDERED, SEIZURE_EXTENDED, SEIZURE_RELEASED, CORRECTION_ORDERED ->
                        s == CaseState.FILED ? CaseState.INVESTIGATING : s;
                case INVESTIGATION_CONCLUDED -> CaseState.UNDER_REVIEW;
                case REVIEW_OPINION -> a instanceof RecordReviewOpinion r
                        && (r.conclusion() == ReviewConclusion.SUPPLEMENT || r.conclusion() == ReviewConclusion.REJECT)
                        ? CaseState.INVESTIGATING : s;
                case NOTICE_SERVED -> CaseState.NOTICED;
                case HEARING_REQUESTED -> CaseState.HEARING;
                default -> s;
            };
        }
        return s;
    }
}
