package org.zhifa.workstation.domain.procedure.decision;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** 陈述申辩 heard and 复核'd (Art 45, R21): every point adopted or rejected, each with a reason. */
final class HearRepresentationStep extends DecisionStep<HearRepresentation> {
    HearRepresentationStep() {
        super(ActionType.REPRESENTATION_HEARD, CaseState.NOTICED);
    }

    @Override
    public List<Violation> check(CaseRecord c, HearRepresentation a, RuleContext ctx) {
        if (a.points() == null || a.points().isEmpty()) {
            return List.of(Violation.error("R21", "rule.R21.noPoints"));
        }
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < a.points().size(); i++) {
            RepresentationPoint p = a.points().get(i);
            if (p == null || p.adopted() == null) {
                v.add(Violation.error("R21", "rule.R21.pointUnruled", i + 1));
            }
            if (p == null || p.reason() == null || p.reason().isBlank()) {
                v.add(Violation.error("R21", "rule.R21.reasonMissing", i + 1));
            }
        }
        return v;
    }
}
