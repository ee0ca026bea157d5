package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * The hearing (Art 64, R19): after its notice, not before the notified day, under a presider who did not
 * investigate and against whom no 回避 application is undecided. A party absent without good reason waives the
 * hearing; otherwise the 听证笔录 must be signed before a decision (R17).
 */
final class HoldHearingStep extends DecisionStep<HoldHearing> {
    HoldHearingStep() {
        super(ActionType.HEARING_HELD, CaseState.HEARING);
    }

    /** The 听证通知 following the latest request. */
    static Optional<ScheduleHearing> schedule(CaseRecord c) {
        RequestHearing request = c.last(RequestHearing.class).orElse(null);
        List<ScheduleHearing> s = DecisionFacts.after(c, request, ScheduleHearing.class);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.getLast());
    }

    @Override
    public boolean offered(CaseRecord c) {
        return schedule(c).isPresent();
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return schedule(c).isPresent() ? List.of() : List.of(Violation.error("R19", "rule.R19.notScheduled"));
    }

    @Override
    public List<Violation> check(CaseRecord c, HoldHearing a, RuleContext ctx) {
        ScheduleHearing s = schedule(c).orElseThrow();
        List<Violation> v = new ArrayList<>();
        if (s.hearingDate() != null && a.date().isBefore(s.hearingDate())) {
            v.add(Violation.error("R19", "rule.R19.heldBeforeDate", a.date(), s.hearingDate()));
        }
        String presider = a.presider() == null || a.presider().isBlank() ? s.presider() : a.presider();
        v.addAll(ScheduleHearingStep.presider(c, presider, ctx));
        if (presider != null && !presider.isBlank()) {
            Optional<ApplyRecusal> pending = Recusals.pending(c, presider);
            pending.ifPresent(p -> v.add(Violation.error("R19", "rule.R19.recusalPending", p.date(),
                    ctx.officer(presider).map(o -> o.name()).orElse(presider))));
        }
        if (!a.partyAbsentWithoutReason() && !a.recordSigned()) {
            v.add(Violation.warning("R19", "rule.R19.recordUnsigned"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, HoldHearing a) {
        return CaseState.HEARING;
    }
}
