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
import org.zhifa.workstation.domain.cases.action.ExtendSeizure;

/**
 * 延长查封/扣押期限 (行政强制法 Art 25, R13): once, by at most 30 days, for a complex case, with the 负责人's approval
 * and written reasons, decided before the 30 days run out.
 */
final class SeizureExtendedStep extends InvestigationStep<ExtendSeizure> {
    SeizureExtendedStep() {
        super(ActionType.SEIZURE_EXTENDED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW, CaseState.NOTICED,
                CaseState.HEARING, CaseState.SUSPENDED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        var active = Seizures.active(c);
        if (active.isEmpty()) {
            return List.of(Violation.error("PROC", "investigation.noActiveSeizure"));
        }
        if (!active.get().extensions().isEmpty()) {
            return List.of(Violation.error("R13", "rule.R13.secondExtension"));
        }
        LocalDate original = active.get().originalLastDay(ctx.calendar());
        if (on.isAfter(original)) {
            return List.of(Violation.error("R13", "rule.R13.extensionAfterExpiry", original));
        }
        return List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, ExtendSeizure a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.days() < 1 || a.days() > Seizures.MAX_EXTENSION_DAYS) {
            v.add(Violation.error("R13", "rule.R13.extensionTooLong", a.days(), Seizures.MAX_EXTENSION_DAYS));
        }
        if (!Gates.isLead(ctx, a.approvedBy())) {
            v.add(Violation.error("R13", "rule.R13.extensionApproval"));
        }
        if (Gates.blank(a.reason())) {
            v.add(Violation.error("R13", "rule.R13.extensionReason"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ExtendSeizure a) {
        return c.state();
    }

    @Override
    public boolean offered(CaseRecord c) {
        return Seizures.active(c).map(e -> e.extensions().isEmpty()).orElse(false);
    }
}
