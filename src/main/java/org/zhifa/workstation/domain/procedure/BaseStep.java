package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;

/** Common plumbing of a step: its type, the states it starts from, and no day gates unless it adds some. */
public abstract class BaseStep<A extends CaseAction> implements Step<A> {
    private final ActionType type;
    private final Set<CaseState> from;

    protected BaseStep(ActionType type, CaseState first, CaseState... rest) {
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
}
