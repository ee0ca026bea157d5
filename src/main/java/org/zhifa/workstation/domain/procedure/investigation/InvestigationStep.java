package org.zhifa.workstation.domain.procedure.investigation;

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

/** Common plumbing of the investigation steps: the type, the states it starts from, no day gates by default. */
abstract class InvestigationStep<A extends CaseAction> implements Step<A> {
    private final ActionType type;
    private final Set<CaseState> from;

    InvestigationStep(ActionType type, CaseState first, CaseState... rest) {
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

    /** An investigative act moves a filed case into 调查取证; in any other state the case stays where it is. */
    static CaseState investigating(CaseRecord c) {
        return c.state() == CaseState.FILED ? CaseState.INVESTIGATING : c.state();
    }
}
