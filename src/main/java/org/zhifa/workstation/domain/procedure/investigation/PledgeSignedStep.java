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
import org.zhifa.workstation.domain.cases.action.PledgeSigned;

/** 告知承诺: the party signs the 承诺书 to correct by a deadline; the lead waits for the re-check. */
final class PledgeSignedStep extends InvestigationStep<PledgeSigned> {
    PledgeSignedStep() {
        super(ActionType.PLEDGE_SIGNED, CaseState.LEAD);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return Pledges.pending(c).isPresent()
                ? List.of(Violation.error("PROC", "investigation.pledgePending")) : List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, PledgeSigned a, RuleContext ctx) {
        if (a.correctionDeadline() == null || !a.correctionDeadline().isAfter(a.date())) {
            return List.of(Violation.error("PROC", "investigation.pledgeDeadlineInvalid"));
        }
        return List.of();
    }

    @Override
    public CaseState next(CaseRecord c, PledgeSigned a) {
        return CaseState.LEAD;
    }

    @Override
    public boolean offered(CaseRecord c) {
        return Pledges.pending(c).isEmpty();
    }
}
