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
import org.zhifa.workstation.domain.cases.action.OrderCorrection;

/** 责令(限期)改正 (Art 28): requirements and a deadline after the order; in a lead or during the investigation. */
final class CorrectionOrderedStep extends InvestigationStep<OrderCorrection> {
    CorrectionOrderedStep() {
        super(ActionType.CORRECTION_ORDERED, CaseState.LEAD, CaseState.FILED, CaseState.INVESTIGATING);
    }

    @Override
    public List<Violation> check(CaseRecord c, OrderCorrection a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.deadline() == null || a.deadline().isBefore(a.date())) {
            v.add(Violation.error("PROC", "investigation.correctionDeadlineInvalid"));
        }
        if (Gates.blank(a.requirements())) {
            v.add(Violation.error("PROC", "investigation.correctionRequirementsMissing"));
        }
        v.addAll(Gates.notRecused(c, Gates.people(List.of(), a.actor()), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, OrderCorrection a) {
        return investigating(c);
    }
}
