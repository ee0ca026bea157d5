package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/** Common plumbing of the decision steps: the type, the states it starts from, no day gates by default. */
abstract class DecisionStep<A extends CaseAction> implements Step<A> {
    private final ActionType type;
    private final Set<CaseState> from;

    DecisionStep(ActionType type, CaseState first, CaseState... rest) {
        this.type = type;
        this.from = Set.copyOf(EnumSet.of(first, rest));
    }

    @Override
    public final ActionType type() {
        return type;
    }

    @Override
    public final Set<CaseState> from() {
        return from;
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return List.of();
    }

    /** For the side steps that leave the state as it is. */
    @Override
    public CaseState next(CaseRecord c, A action) {
        return c.state();
    }
}
