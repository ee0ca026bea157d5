package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.cases.action.ReleaseSeizure;

/**
 * 解除查封/扣押: possible in every state the measure can outlive (the decision, a transfer, a withdrawal). Released
 * after the period ran out (day 31 without extension) → a warning naming the last day (R13).
 */
final class SeizureReleasedStep extends InvestigationStep<ReleaseSeizure> {
    SeizureReleasedStep() {
        super(ActionType.SEIZURE_RELEASED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW, CaseState.NOTICED,
                CaseState.HEARING, CaseState.SUSPENDED, CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED,
                CaseState.NO_PENALTY, CaseState.TRANSFERRED, CaseState.WITHDRAWN, CaseState.TERMINATED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        var active = Seizures.active(c);
        if (active.isEmpty()) {
            return List.of(Violation.error("PROC", "investigation.noActiveSeizure"));
        }
        LocalDate last = active.get().deadline(ctx.calendar()).date();
        if (on.isAfter(last)) {
            return List.of(Violation.warning("R13", "rule.R13.seizureOverdue", active.get().order().date(), last));
        }
        return List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, ReleaseSeizure a, RuleContext ctx) {
        return Gates.reason(a.reason(), Texts.label(type()));
    }

    @Override
    public CaseState next(CaseRecord c, ReleaseSeizure a) {
        return c.state();
    }

    @Override
    public boolean offered(CaseRecord c) {
        return Seizures.active(c).isPresent();
    }
}
