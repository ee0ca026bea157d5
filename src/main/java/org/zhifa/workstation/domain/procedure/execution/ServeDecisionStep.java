package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 送达 of a decision not handed over on the spot (Art 61): within 7 working days (R27: later is recorded with a
 * warning), 电子送达 only with a signed 确认书 and an online 复议 channel named (R28), 公告 only after recorded
 * failures (R29).
 */
final class ServeDecisionStep implements Step<ServeDecision> {
    /** Art 61: "七日" are working days (Art 85). */
    static final int SERVICE_WORKING_DAYS = 7;

    @Override
    public ActionType type() {
        return ActionType.DECISION_SERVED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.DECIDED, CaseState.NO_PENALTY);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return servable(c) && ExecutionFacts.service(c).isEmpty();
    }

    private static boolean servable(CaseRecord c) {
        return ExecutionFacts.decision(c).filter(d -> !(d instanceof DecideOnSite)).isPresent();
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!servable(c)) {
            v.add(Violation.error("PROC", "execution.noDecision"));
            return v;
        }
        if (ExecutionFacts.service(c).isPresent()) {
            v.add(Violation.error("PROC", "execution.alreadyServed"));
        }
        LocalDate decided = ExecutionFacts.decisionDate(c).orElseThrow();
        if (on.isBefore(decided)) {
            v.add(Violation.error("PROC", "execution.beforeDecision", on, decided));
        }
        LocalDate due = dueDate(decided, ctx);
        if (on.isAfter(due)) {
            v.add(Violation.warning("R27", "rule.R27.servedLate", decided, due));
        }
        if (ExecutionFacts.remedyClauseIncomplete(c)) {
            v.add(Violation.warning("R32", "rule.R32.remedyClauseIncomplete"));
        }
        return v;
    }

    static LocalDate dueDate(LocalDate decided, RuleContext ctx) {
        return ctx.calendar().workingDaysDeadline(decided, SERVICE_WORKING_DAYS, null).date();
    }

    @Override
    public List<Violation> check(CaseRecord c, ServeDecision a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.method() == null) {
            v.add(Violation.error("PROC", "execution.serviceMethodMissing"));
            return v;
        }
        if (a.method() != ServiceMethod.PUBLICATION && ExecutionFacts.blank(a.recipient())) {
            v.add(Violation.error("PROC", "execution.recipientMissing"));
        }
        if (a.method() == ServiceMethod.ELECTRONIC) {
            if (!a.electronicConsentSigned()) {
                v.add(Violation.error("R28", "rule.R28.noConsent"));
            }
            if (!a.onlineReconsiderationChannelNamed()) {
                v.add(Violation.error("R28", "rule.R28.noOnlineChannel"));
            }
        }
        if (a.method() == ServiceMethod.PUBLICATION && a.failedAttempts() < 1) {
            v.add(Violation.error("R29", "rule.R29.noFailedAttempt"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ServeDecision a) {
        return c.state() == CaseState.DECIDED ? CaseState.SERVED : c.state();
    }
}
