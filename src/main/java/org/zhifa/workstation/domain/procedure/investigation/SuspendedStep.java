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
import org.zhifa.workstation.domain.cases.action.SuspendCase;

/** 中止: the case stops for the reason given until it is resumed (or terminated). */
final class SuspendedStep extends InvestigationStep<SuspendCase> {
    SuspendedStep() {
        super(ActionType.SUSPENDED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW,
                CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, SuspendCase a, RuleContext ctx) {
        return Gates.reason(a.reason(), Texts.label(type()));
    }

    @Override
    public CaseState next(CaseRecord c, SuspendCase a) {
        return CaseState.SUSPENDED;
    }
}
