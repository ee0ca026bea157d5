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
import org.zhifa.workstation.domain.cases.action.Transfer;

/** 移送 to the competent body (Arts 22–25) or to judicial organs (Art 27): target, recipient, reason, approval. */
final class TransferStep extends InvestigationStep<Transfer> {
    TransferStep() {
        super(ActionType.TRANSFER, CaseState.LEAD, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW);
    }

    @Override
    public List<Violation> check(CaseRecord c, Transfer a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.target() == null || Gates.blank(a.recipient())) {
            v.add(Violation.error("PROC", "investigation.transferRecipientMissing"));
        }
        v.addAll(Gates.reason(a.reason(), Texts.label(type())));
        v.addAll(Gates.leadApproval(ctx, a.approvedBy(), Texts.label(type())));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, Transfer a) {
        return CaseState.TRANSFERRED;
    }
}
