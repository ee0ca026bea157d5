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
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;

/** 证据先行登记保存 (Art 56): approved by the 负责人 (R12), two certified officers (R1), no recused officer (R3). */
final class PreservationOrderedStep extends InvestigationStep<PreserveEvidence> {
    PreservationOrderedStep() {
        super(ActionType.PRESERVATION_ORDERED, CaseState.FILED, CaseState.INVESTIGATING);
    }

    @Override
    public List<Violation> check(CaseRecord c, PreserveEvidence a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (!Gates.isLead(ctx, a.approvedBy())) {
            v.add(Violation.error("R12", "rule.R12.approvalRequired"));
        }
        if (Gates.blank(a.items())) {
            v.add(Violation.error("PROC", "investigation.itemsMissing"));
        }
        v.addAll(Gates.certifiedOfficers(c, a.date(), a.officers(), ctx));
        v.addAll(Gates.notRecused(c, Gates.people(a.officers(), a.approvedBy(), a.actor()), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, PreserveEvidence a) {
        return investigating(c);
    }
}
