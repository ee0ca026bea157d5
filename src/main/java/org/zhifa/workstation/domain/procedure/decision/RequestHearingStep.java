package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * The party requests a hearing (R18): only where the notice gave the right, within 5 working days of the notice;
 * a posted request counts from its postmark.
 */
final class RequestHearingStep extends DecisionStep<RequestHearing> {
    RequestHearingStep() {
        super(ActionType.HEARING_REQUESTED, CaseState.NOTICED);
    }

    static boolean rightGiven(CaseRecord c, RuleContext ctx) {
        return DecisionFacts.notice(c)
                .map(n -> c.party() != null && HearingRight.given(n, c.party().kind(), ctx.settings()))
                .orElse(false);
    }

    /** Offered when the latest notice told the party of the hearing right. */
    static boolean offeredOn(CaseRecord c) {
        return DecisionFacts.notice(c).map(ServeNotice::hearingRightGiven).orElse(false);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return offeredOn(c);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return rightGiven(c, ctx) ? List.of() : List.of(Violation.error("R18", "rule.R18.noHearingRight"));
    }

    @Override
    public List<Violation> check(CaseRecord c, RequestHearing a, RuleContext ctx) {
        ServeNotice notice = DecisionFacts.notice(c).orElseThrow();
        LocalDate made = a.postmarkDate() != null ? a.postmarkDate() : a.date();
        Deadline due = HearingRight.requestDeadline(notice, ctx.calendar());
        List<Violation> v = new ArrayList<>();
        if (made.isAfter(due.date())) {
            v.add(Violation.error("R18", "rule.R18.requestLate", made, due.date()));
        }
        due.warning().ifPresent(w -> v.add(Violation.warning("R18", "decision.provisionalDeadline", due.description(), w)));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, RequestHearing a) {
        return CaseState.HEARING;
    }
}
