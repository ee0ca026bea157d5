package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 行政处罚事先告知书 served (S6): after 立案 (R4), on a conclusion proposing a penalty that Art 33 does not forbid
 * (R9), with the hearing right where Art 63 gives it (R18). A new 告知 may also be served while the case is
 * noticed or in hearing — the way R20 demands when the penalty is to become heavier; the windows of R17 then run
 * from the new notice.
 */
final class ServeNoticeStep extends DecisionStep<ServeNotice> {
    ServeNoticeStep() {
        super(ActionType.NOTICE_SERVED, CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(DecisionGates.notBeforeFiling(c, on));
        boolean penalty = DecisionFacts.conclusion(c).map(ConcludeInvestigation::outcome)
                .map(o -> o == InvestigationOutcome.PENALTY).orElse(false);
        if (!penalty) {
            v.add(Violation.error("PROC", "decision.conclusionNotPenalty"));
        }
        v.addAll(DecisionGates.noPenaltyMandatory(c));
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, ServeNotice a, RuleContext ctx) {
        if (a.proposedPenalty() == null || a.proposedPenalty().types() == null || a.proposedPenalty().types().isEmpty()) {
            return List.of(Violation.error("PROC", "decision.proposalMissing"));
        }
        if (c.party() != null && HearingRight.applies(a.proposedPenalty(), c.party().kind(), ctx.settings())
                && !a.hearingRightGiven()) {
            return List.of(Violation.error("R18", "rule.R18.hearingRightNotGiven", PenaltyChecks.describe(a.proposedPenalty())));
        }
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, ServeNotice a) {
        return CaseState.NOTICED;
    }
}
