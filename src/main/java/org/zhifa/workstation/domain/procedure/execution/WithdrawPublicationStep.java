package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * Withdrawal of a published decision (Art 48 ¶2, R33): with a reason; due within 3 working days after a 复议/诉讼
 * changed or revoked the decision or found it unlawful or void.
 */
final class WithdrawPublicationStep implements Step<WithdrawPublication> {
    /** Art 48 ¶2 "三日": working days (Art 85). */
    static final int WITHDRAWAL_WORKING_DAYS = 3;

    @Override
    public ActionType type() {
        return ActionType.PUBLICATION_WITHDRAWN;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED, CaseState.CLOSED, CaseState.ARCHIVED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return ExecutionFacts.published(c);
    }

    /** The conclusion that requires the live publication to be withdrawn, if any. */
    static Optional<ConcludeChallenge> trigger(CaseRecord c) {
        ConcludeChallenge found = null;
        for (CaseAction a : c.actions()) {
            if (a instanceof Publish) {
                found = null;
            } else if (a instanceof ConcludeChallenge k && ExecutionFacts.WITHDRAWAL_RESULTS.contains(k.result())
                    && found == null) {
                found = k;
            }
        }
        return ExecutionFacts.published(c) ? Optional.ofNullable(found) : Optional.empty();
    }

    static LocalDate dueDate(ConcludeChallenge trigger, RuleContext ctx) {
        return ctx.calendar().workingDaysDeadline(trigger.date(), WITHDRAWAL_WORKING_DAYS, null).date();
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!ExecutionFacts.published(c)) {
            v.add(Violation.error("PROC", "execution.notPublished"));
            return v;
        }
        trigger(c).ifPresent(k -> {
            LocalDate due = dueDate(k, ctx);
            if (on.isAfter(due)) {
                v.add(Violation.warning("R33", "rule.R33.withdrawnLate", k.date(), due));
            }
        });
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, WithdrawPublication a, RuleContext ctx) {
        return ExecutionFacts.blank(a.reason())
                ? List.of(Violation.error("R33", "rule.R33.withdrawalReasonMissing")) : List.of();
    }

    @Override
    public CaseState next(CaseRecord c, WithdrawPublication a) {
        return c.state();
    }
}
