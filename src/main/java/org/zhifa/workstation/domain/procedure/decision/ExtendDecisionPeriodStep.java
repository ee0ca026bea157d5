package org.zhifa.workstation.domain.procedure.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ExtendDecisionPeriod;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * An extension of the 90-day period (R22): only under a 法律/法规/规章 that provides it (its article recorded),
 * approved by the 负责人, for a positive number of days, before the period has run out.
 */
final class ExtendDecisionPeriodStep extends DecisionStep<ExtendDecisionPeriod> {
    ExtendDecisionPeriodStep() {
        super(ActionType.DECISION_PERIOD_EXTENDED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW,
                CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return false;
    }

    @Override
    public List<Violation> check(CaseRecord c, ExtendDecisionPeriod a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.days() < 1) {
            v.add(Violation.error("R22", "rule.R22.extensionDays"));
        }
        if (a.legalBasis() == null || a.legalBasis().isBlank()) {
            v.add(Violation.error("R22", "rule.R22.legalBasisMissing"));
        }
        if (!ctx.officer(a.approvedBy()).map(o -> o.role() == OfficerRole.LEAD).orElse(false)) {
            v.add(Violation.error("R22", "rule.R22.approverNotLead"));
        }
        Optional<Deadline> current = DecisionPeriod.deadline(c, ctx.calendar());
        if (current.isPresent() && a.date().isAfter(current.get().date())) {
            v.add(Violation.error("R22", "rule.R22.extensionAfterExpiry", current.get().date()));
        }
        return v;
    }
}
