package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 结案 (S10), approved by the 负责人: executed in full, 不予处罚 served, 移送 done, or a served decision with nothing
 * left to pay (a warning only) or with court enforcement applied for. Not while a 复议/诉讼 is pending.
 */
final class CloseCaseStep implements Step<CloseCase> {

    @Override
    public ActionType type() {
        return ActionType.CLOSED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.EXECUTED, CaseState.NO_PENALTY, CaseState.TRANSFERRED, CaseState.SERVED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!ExecutionFacts.pendingChallenges(c).isEmpty()) {
            v.add(Violation.error("PROC", "execution.closeChallengePending"));
        }
        if (c.state() == CaseState.SERVED && !c.has(ApplyCourtEnforcement.class)) {
            Settlement s = Settlement.of(c, ctx, on);
            if (!s.paidInFull()) {
                v.add(Violation.error("PROC", "execution.closeNotExecuted", ExecutionFacts.yuan(s.outstanding())));
            }
        }
        if (c.state() == CaseState.NO_PENALTY && c.has(DecideNoPenalty.class) && ExecutionFacts.service(c).isEmpty()) {
            v.add(Violation.error("PROC", "execution.closeNotServed"));
        }
        if (ExecutionFacts.onSite(c) && !c.has(FileOnSiteDecision.class)) {
            v.add(Violation.warning("R25", "rule.R25.notFiled"));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, CloseCase a, RuleContext ctx) {
        boolean lead = ctx.officer(a.approvedBy()).map(o -> o.role() == OfficerRole.LEAD).orElse(false);
        return lead ? List.of() : List.of(Violation.error("PROC", "execution.closeNeedsLead"));
    }

    @Override
    public CaseState next(CaseRecord c, CloseCase a) {
        return CaseState.CLOSED;
    }
}
