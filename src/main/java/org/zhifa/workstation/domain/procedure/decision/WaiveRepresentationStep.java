package org.zhifa.workstation.domain.procedure.decision;

import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** The party waives 陈述申辩; only a written waiver ends the window early (R17). */
final class WaiveRepresentationStep extends DecisionStep<WaiveRepresentation> {
    WaiveRepresentationStep() {
        super(ActionType.REPRESENTATION_WAIVED, CaseState.NOTICED);
    }

    @Override
    public List<Violation> check(CaseRecord c, WaiveRepresentation a, RuleContext ctx) {
        return a.written() ? List.of() : List.of(Violation.warning("R17", "rule.R17.oralWaiver"));
    }
}
