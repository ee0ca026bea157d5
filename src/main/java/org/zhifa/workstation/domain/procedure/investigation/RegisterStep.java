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
import org.zhifa.workstation.domain.cases.action.Register;

/** 线索登记 (S0): the first action of a lead; the case stays a lead. */
final class RegisterStep extends InvestigationStep<Register> {
    RegisterStep() {
        super(ActionType.REGISTER, CaseState.LEAD);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return c.actions().isEmpty() ? List.of()
                : List.of(Violation.error("PROC", "investigation.alreadyRegistered"));
    }

    @Override
    public List<Violation> check(CaseRecord c, Register a, RuleContext ctx) {
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, Register a) {
        return CaseState.LEAD;
    }

    @Override
    public boolean offered(CaseRecord c) {
        return c.actions().isEmpty();
    }
}
