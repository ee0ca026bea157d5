package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 备案 of an on-site decision with the authority (Art 52, R25): due settings.onSiteFilingDays working days after
 * the decision; later filing is still recorded, with a warning.
 */
final class FileOnSiteDecisionStep implements Step<FileOnSiteDecision> {

    @Override
    public ActionType type() {
        return ActionType.ON_SITE_FILED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.SERVED, CaseState.EXECUTED, CaseState.CLOSED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return ExecutionFacts.onSite(c) && !c.has(FileOnSiteDecision.class);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        var decision = ExecutionFacts.onSiteDecision(c);
        if (decision.isEmpty()) {
            v.add(Violation.error("PROC", "execution.onSiteOnly"));
            return v;
        }
        if (c.has(FileOnSiteDecision.class)) {
            v.add(Violation.error("PROC", "execution.alreadyFiled"));
        }
        LocalDate due = dueDate(decision.get(), ctx);
        if (on.isAfter(due)) {
            v.add(Violation.warning("R25", "rule.R25.filedLate", decision.get().date(),
                    ctx.settings().onSiteFilingDays(), due));
        }
        return v;
    }

    static LocalDate dueDate(DecideOnSite d, RuleContext ctx) {
        return ctx.calendar().workingDaysDeadline(d.date(), ctx.settings().onSiteFilingDays(), null).date();
    }

    @Override
    public List<Violation> check(CaseRecord c, FileOnSiteDecision a, RuleContext ctx) {
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, FileOnSiteDecision a) {
        return c.state();
    }
}
