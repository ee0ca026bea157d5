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
import org.zhifa.workstation.domain.cases.action.DeclineFiling;

/** 不予立案 (S0 exit): a reason and the 负责人's approval. */
final class DeclineFilingStep extends InvestigationStep<DeclineFiling> {
    DeclineFilingStep() {
        super(ActionType.DECLINE_FILING, CaseState.LEAD);
    }

    @Override
    public List<Violation> check(CaseRecord c, DeclineFiling a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(Gates.leadApproval(ctx, a.approvedBy(), Texts.label(type())));
        v.addAll(Gates.reason(a.reason(), Texts.label(type())));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, DeclineFiling a) {
        return CaseState.NOT_FILED;
    }
}
