package org.zhifa.workstation.domain.procedure.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** 集体讨论 (S5, R16): at least two 负责人 and a conclusion; unsigned minutes are kept but do not count. */
final class DeliberateStep extends DecisionStep<Deliberate> {
    DeliberateStep() {
        super(ActionType.DELIBERATED, CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, Deliberate a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        if (a.chair() != null && !a.chair().isBlank()) {
            people.add(a.chair());
        }
        if (a.attendees() != null) {
            a.attendees().stream().filter(x -> x != null && !x.isBlank()).forEach(people::add);
        }
        if (people.size() < 2) {
            v.add(Violation.error("R16", "rule.R16.participants"));
        }
        if (a.conclusion() == null || a.conclusion().isBlank()) {
            v.add(Violation.error("R16", "rule.R16.conclusionMissing"));
        }
        if (!a.minutesSigned()) {
            v.add(Violation.warning("R16", "rule.R16.unsignedMinutes"));
        }
        return v;
    }
}
