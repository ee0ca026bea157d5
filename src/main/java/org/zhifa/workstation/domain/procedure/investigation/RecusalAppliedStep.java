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
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;

/**
 * 回避申请 (Art 43, R3) against an officer — also against a hearing presider, so it is open until the decision.
 * The investigation by the other officers goes on while it is pending.
 */
final class RecusalAppliedStep extends InvestigationStep<ApplyRecusal> {
    RecusalAppliedStep() {
        super(ActionType.RECUSAL_APPLIED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW,
                CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, ApplyRecusal a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (Gates.blank(a.officer()) || ctx.officer(a.officer()).isEmpty()) {
            v.add(Violation.error("PROC", "investigation.recusalOfficerUnknown", a.officer() == null ? "" : a.officer()));
        } else if (Recusals.of(c).pending(a.officer())) {
            v.add(Violation.error("PROC", "investigation.recusalAlreadyPending", ctx.officer(a.officer()).orElseThrow().name()));
        }
        v.addAll(Gates.reason(a.reason(), Texts.label(type())));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ApplyRecusal a) {
        return investigating(c);
    }
}
