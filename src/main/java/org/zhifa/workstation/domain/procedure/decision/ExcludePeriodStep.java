package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ExcludePeriod;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * A period not counted in the 90 days (R22: 中止, hearing, 公告, 鉴定): a valid span after 立案, a reason, and the
 * 法律/法规/规章 article that provides for it.
 */
final class ExcludePeriodStep extends DecisionStep<ExcludePeriod> {
    ExcludePeriodStep() {
        super(ActionType.PERIOD_EXCLUDED, CaseState.FILED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW,
                CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return false;
    }

    @Override
    public List<Violation> check(CaseRecord c, ExcludePeriod a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.from() == null || a.to() == null || a.from().isAfter(a.to())) {
            v.add(Violation.error("R22", "rule.R22.periodInvalid"));
        } else {
            Optional<LocalDate> filed = DecisionFacts.filedOn(c);
            if (filed.isPresent() && !a.from().isAfter(filed.get())) {
                v.add(Violation.error("R22", "rule.R22.periodBeforeFiling", filed.get()));
            }
        }
        if (a.reason() == null || a.reason().isBlank()) {
            v.add(Violation.error("R22", "rule.R22.reasonMissing"));
        }
        if (a.legalBasis() == null || a.legalBasis().isBlank()) {
            v.add(Violation.error("R22", "rule.R22.legalBasisMissing"));
        }
        return v;
    }
}
