package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.decision.DecisionSteps;
import org.zhifa.workstation.domain.procedure.execution.ExecutionSteps;
import org.zhifa.workstation.domain.procedure.investigation.InvestigationSteps;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The procedure state machine of domain.md §1: the only way a case's state changes. Each step checks its gates
 * and either yields the case after the step or the violations that block it, each naming its rule and article.
 */
public final class ProcedureEngine {
    private final Map<ActionType, Step<?>> steps = new EnumMap<>(ActionType.class);
    private final List<DeadlineRule> deadlineRules;

    public ProcedureEngine(List<Step<?>> steps, List<DeadlineRule> deadlineRules) {
        for (Step<?> s : steps) {
            if (this.steps.put(s.type(), s) != null) {
                throw new IllegalArgumentException("two steps for " + s.type());
            }
        }
        this.deadlineRules = List.copyOf(deadlineRules);
    }

    /** The engine with every step and deadline of the general and summary procedures. */
    public static ProcedureEngine standard() {
        List<Step<?>> all = new ArrayList<>();
        all.addAll(InvestigationSteps.steps());
        all.addAll(DecisionSteps.steps());
        all.addAll(ExecutionSteps.steps());
        List<DeadlineRule> rules = new ArrayList<>();
        rules.addAll(InvestigationSteps.deadlineRules());
        rules.addAll(DecisionSteps.deadlineRules());
        rules.addAll(ExecutionSteps.deadlineRules());
        return new ProcedureEngine(all, rules);
    }

    /** Applies one action: the case after it, or the unchanged case with the blocking violations. */
    public Outcome apply(CaseRecord c, CaseAction action, RuleContext ctx) {
        Step<CaseAction> step = step(action.type());
        if (step == null) {
            return new Outcome(c, List.of(Violation.error("PROC", "procedure.unsupported", Texts.label(action.type()))));
        }
        if (!step.from().contains(c.state())) {
            return new Outcome(c, List.of(Violation.error("PROC", "procedure.wrongState",
                    Texts.label(c.state()), Texts.label(action.type()))));
        }
        List<Violation> violations = new ArrayList<>(CommonGates.check(c, action, ctx));
        violations.addAll(step.preconditions(c, action.date(), ctx));
        violations.addAll(step.check(c, action, ctx));
        if (violations.stream().anyMatch(Violation::blocks)) {
            return new Outcome(c, violations);
        }
        return new Outcome(DerivedFields.refresh(c.with(action, step.next(c, action, ctx))), violations);
    }

    /**
     * Replays a whole history from the lead: the way an imported case is validated through the same gates.
     * Stops at the first rejected action and reports it with its position (1-based) in the message.
     */
    public Outcome replay(CaseRecord lead, List<CaseAction> actions, RuleContext ctx) {
        CaseRecord current = lead;
        List<Violation> warnings = new ArrayList<>();
        int index = 0;
        for (CaseAction a : actions) {
            index++;
            Outcome o = apply(current, a, ctx);
            if (!o.accepted()) {
                List<Violation> located = new ArrayList<>();
                for (Violation v : o.blocking()) {
                    located.add(new Violation(v.rule(), v.article(),
                            Texts.tr("procedure.atAction", index, Texts.label(a.type()), a.date(), v.message()), v.severity()));
                }
                return new Outcome(lead, located);
            }
            warnings.addAll(o.warnings());
            current = o.result();
        }
        return new Outcome(current, warnings);
    }

    /** The steps the case could take next and, for each, what blocks it on the given day. */
    public List<NextStep> nextSteps(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<NextStep> result = new ArrayList<>();
        for (Step<?> s : steps.values()) {
            if (s.from().contains(c.state()) && s.offered(c)) {
                List<Violation> v = s.preconditions(c, on, ctx);
                result.add(new NextStep(s.type(), v.stream().filter(Violation::blocks).toList(),
                        v.stream().filter(x -> !x.blocks()).toList()));
            }
        }
        return result;
    }

    /** Every legal period the case has started, open or met. */
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> result = new ArrayList<>();
        for (DeadlineRule r : deadlineRules) {
            result.addAll(r.deadlines(c, ctx));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private Step<CaseAction> step(ActionType type) {
        return (Step<CaseAction>) steps.get(type);
    }

    /** For tests and the UI: whether the engine knows a step. */
    public boolean supports(ActionType type) {
        return steps.containsKey(type);
    }

    /** States a step may start from (empty when unknown). */
    public java.util.Set<CaseState> statesFor(ActionType type) {
        Step<?> s = steps.get(type);
        return s == null ? java.util.Set.of() : s.from();
    }
}
