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
import org.zhifa.workstation.domain.cases.action.PledgeVerified;

/**
 * 告知承诺 re-check by two certified officers (R1): corrected → 不予处罚; not corrected → the lead must be filed.
 * "Not corrected" can only be found once the pledged deadline has passed.
 */
final class PledgeVerifiedStep extends InvestigationStep<PledgeVerified> {
    PledgeVerifiedStep() {
        super(ActionType.PLEDGE_VERIFIED, CaseState.LEAD);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return Pledges.pending(c).isEmpty()
                ? List.of(Violation.error("PROC", "investigation.noPledge")) : List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, PledgeVerified a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>(Gates.certifiedOfficers(c, a.date(), a.officers(), ctx));
        PledgeSigned pledge = Pledges.pending(c).orElse(null);
        if (pledge != null && !a.corrected() && pledge.correctionDeadline() != null
                && !a.date().isAfter(pledge.correctionDeadline())) {
            v.add(Violation.error("PROC", "investigation.pledgeNotYetDue", pledge.correctionDeadline()));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, PledgeVerified a) {
        return a.corrected() ? CaseState.NO_PENALTY : CaseState.LEAD;
    }

    @Override
    public boolean offered(CaseRecord c) {
        return Pledges.pending(c).isPresent();
    }
}
