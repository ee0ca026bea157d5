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
import org.zhifa.workstation.domain.cases.action.DecideRecusal;

/** The 负责人 decides a pending 回避 application (Art 43, R3); nobody decides on their own recusal. */
final class RecusalDecidedStep extends InvestigationStep<DecideRecusal> {
    RecusalDecidedStep() {
        super(ActionType.RECUSAL_DECIDED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW,
                CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return Recusals.of(c).pendingOfficers().isEmpty()
                ? List.of(Violation.error("PROC", "investigation.noPendingRecusal")) : List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, DecideRecusal a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        String name = ctx.officer(a.officer()).map(o -> o.name()).orElse(a.officer() == null ? "" : a.officer());
        if (a.officer() == null || !Recusals.of(c).pending(a.officer())) {
            v.add(Violation.error("PROC", "investigation.noPendingRecusalFor", name));
        }
        if (!Gates.isLead(ctx, a.decidedBy())) {
            v.add(Violation.error("R3", "rule.R3.decidedByLead"));
        } else if (a.decidedBy().equals(a.officer())) {
            v.add(Violation.error("R3", "rule.R3.ownRecusal"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, DecideRecusal a) {
        return investigating(c);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return !Recusals.of(c).pendingOfficers().isEmpty();
    }
}
