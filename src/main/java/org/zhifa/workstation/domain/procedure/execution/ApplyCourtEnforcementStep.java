package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 申请人民法院强制执行 (R31): the 催告书 served and its 10 working days run out with money still owed (强制法
 * Art 54); no 复议/诉讼 pending (and no stay, R44); after the party's remedy period has ended and within 3 months
 * after it (强制法 Art 53; 行诉解释 Art 156), that period computed by {@link RemedyPeriod} (1 year without a
 * complete remedy clause, R32).
 */
final class ApplyCourtEnforcementStep implements Step<ApplyCourtEnforcement> {
    /** 强制法 Art 54 "十日": working days (强制法 Art 69). */
    static final int URGING_WORKING_DAYS = 10;

    private final ExecutionOptions options;

    ApplyCourtEnforcementStep(ExecutionOptions options) {
        this.options = options;
    }

    @Override
    public ActionType type() {
        return ActionType.COURT_ENFORCEMENT_APPLIED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.SERVED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return c.has(ServeUrging.class) && !c.has(ApplyCourtEnforcement.class);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (c.has(ApplyCourtEnforcement.class)) {
            v.add(Violation.error("PROC", "execution.alreadyApplied"));
        }
        if (ExecutionFacts.setAside(c)) {
            v.add(Violation.error("R31", "rule.R31.decisionSetAside"));
            return v;
        }
        if (!ExecutionFacts.pendingChallenges(c).isEmpty()) {
            v.add(Violation.error("R31", "rule.R31.challengePending"));
            if (ExecutionFacts.stayOrdered(c)) {
                v.add(Violation.error("R44", "rule.R44.stayOrdered"));
            }
        }
        if (Settlement.of(c, ctx, on).outstanding().signum() == 0) {
            v.add(Violation.error("R31", "rule.R31.nothingOutstanding"));
        }
        Optional<ServeUrging> urging = c.last(ServeUrging.class);
        if (urging.isEmpty()) {
            v.add(Violation.error("R31", "rule.R31.noUrging"));
        } else {
            LocalDate lastDay = ctx.calendar()
                    .workingDaysDeadline(urging.get().date(), URGING_WORKING_DAYS, null).date();
            if (!on.isAfter(lastDay)) {
                v.add(Violation.error("R31", "rule.R31.urgingTooRecent", urging.get().date(), lastDay));
            }
        }
        RemedyPeriod.of(c, ctx, options).ifPresent(p -> {
            if (!on.isAfter(p.end().date())) {
                v.add(Violation.error("R31", "rule.R31.remedyPeriodNotOver",
                        Texts.label(p.variant()), p.end().date()));
            } else if (on.isAfter(p.window().date())) {
                v.add(Violation.error("R31", "rule.R31.windowMissed", p.end().date(), p.window().date()));
            }
        });
        if (ExecutionFacts.remedyClauseIncomplete(c)) {
            v.add(Violation.warning("R32", "rule.R32.remedyClauseIncomplete"));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, ApplyCourtEnforcement a, RuleContext ctx) {
        return ExecutionFacts.blank(a.court()) ? List.of(Violation.error("PROC", "execution.courtMissing")) : List.of();
    }

    @Override
    public CaseState next(CaseRecord c, ApplyCourtEnforcement a) {
        return c.state();
    }
}
