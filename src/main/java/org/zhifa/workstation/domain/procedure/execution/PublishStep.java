package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/** 公示 of a penalty decision (Art 48, R33): within settings.publicationDays working days, later with a warning. */
final class PublishStep implements Step<Publish> {
    private final ExecutionOptions options;

    PublishStep(ExecutionOptions options) {
        this.options = options;
    }

    @Override
    public ActionType type() {
        return ActionType.PUBLISHED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED, CaseState.CLOSED, CaseState.ARCHIVED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return ExecutionFacts.penalty(c).isPresent() && !ExecutionFacts.published(c);
    }

    /** Whether the case's decision is within the 公示 scope (general decisions; on-site ones per option). */
    static boolean inScope(CaseRecord c, ExecutionOptions options) {
        return ExecutionFacts.decision(c)
                .filter(d -> d instanceof Decide || (options.publishOnSiteDecisions() && ExecutionFacts.onSite(c)))
                .isPresent();
    }

    static LocalDate dueDate(CaseRecord c, RuleContext ctx) {
        return ctx.calendar().workingDaysDeadline(ExecutionFacts.decisionDate(c).orElseThrow(),
                ctx.settings().publicationDays(), null).date();
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (ExecutionFacts.penalty(c).isEmpty()) {
            v.add(Violation.error("PROC", "execution.noPenaltyDecision"));
            return v;
        }
        if (ExecutionFacts.published(c)) {
            v.add(Violation.error("PROC", "execution.alreadyPublished"));
        }
        LocalDate decided = ExecutionFacts.decisionDate(c).orElseThrow();
        if (on.isBefore(decided)) {
            v.add(Violation.error("PROC", "execution.beforeDecision", on, decided));
        }
        if (inScope(c, options) && !c.has(Publish.class) && on.isAfter(dueDate(c, ctx))) {
            v.add(Violation.warning("R33", "rule.R33.publishedLate", decided, ctx.settings().publicationDays(),
                    dueDate(c, ctx)));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, Publish a, RuleContext ctx) {
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, Publish a) {
        return c.state();
    }
}
