package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** The party waives the hearing right expressly; only a written waiver ends the request window early (R17). */
final class WaiveHearingStep extends DecisionStep<WaiveHearing> {
    WaiveHearingStep() {
        super(ActionType.HEARING_WAIVED, CaseState.NOTICED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return RequestHearingStep.offeredOn(c);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return RequestHearingStep.rightGiven(c, ctx) ? List.of() : List.of(Violation.error("R18", "rule.R18.noHearingRight"));
    }

    @Override
    public List<Violation> check(CaseRecord c, WaiveHearing a, RuleContext ctx) {
        return a.written() ? List.of() : List.of(Violation.warning("R17", "rule.R17.oralHearingWaiver"));
    }
}
