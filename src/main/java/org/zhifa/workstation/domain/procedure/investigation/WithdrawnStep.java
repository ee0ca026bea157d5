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
import org.zhifa.workstation.domain.cases.action.WithdrawCase;

/** 撤案 before the 告知: a reason and the 负责人's approval. */
final class WithdrawnStep extends InvestigationStep<WithdrawCase> {
    WithdrawnStep() {
        super(ActionType.WITHDRAWN, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW);
    }

    @Override
    public List<Violation> check(CaseRecord c, WithdrawCase a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(Gates.leadApproval(ctx, a.approvedBy(), Texts.label(type())));
        v.addAll(Gates.reason(a.reason(), Texts.label(type())));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, WithdrawCase a) {
        return CaseState.WITHDRAWN;
    }
}
