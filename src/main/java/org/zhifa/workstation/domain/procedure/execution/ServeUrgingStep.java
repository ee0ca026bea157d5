package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 催告书 (强制法 Arts 35, 54), the first step towards court enforcement (R31): only once the payment period has
 * passed with money still owed, and not while a stay ordered in a 复议/诉讼 is in force (R44).
 */
final class ServeUrgingStep implements Step<ServeUrging> {

    @Override
    public ActionType type() {
        return ActionType.URGING_SERVED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.SERVED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return ExecutionFacts.fine(c).signum() > 0;
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (ExecutionFacts.setAside(c)) {
            v.add(Violation.error("R31", "rule.R31.decisionSetAside"));
            return v;
        }
        if (ExecutionFacts.stayOrdered(c)) {
            v.add(Violation.error("R44", "rule.R44.stayOrdered"));
        }
        Settlement s = Settlement.of(c, ctx, on);
        if (s.outstanding().signum() == 0 || s.dueDate() == null) {
            v.add(Violation.error("R31", "rule.R31.nothingOutstanding"));
        } else if (!on.isAfter(s.dueDate())) {
            v.add(Violation.error("R31", "rule.R31.urgingBeforeDue", s.dueDate()));
        }
        if (ExecutionFacts.remedyClauseIncomplete(c)) {
            v.add(Violation.warning("R32", "rule.R32.remedyClauseIncomplete"));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, ServeUrging a, RuleContext ctx) {
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, ServeUrging a) {
        return c.state();
    }
}
