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
import org.zhifa.workstation.domain.cases.action.DecidePreservation;

/**
 * 先行登记保存处理决定 (R12): within 7 working days of the order (Arts 56, 85). After that the measure has lapsed and
 * a decision is refused; the overdue order stays on the deadline list.
 */
final class PreservationDecidedStep extends InvestigationStep<DecidePreservation> {
    PreservationDecidedStep() {
        super(ActionType.PRESERVATION_DECIDED, CaseState.INVESTIGATING, CaseState.UNDER_REVIEW, CaseState.NOTICED,
                CaseState.HEARING, CaseState.SUSPENDED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        var pending = Preservations.pending(c);
        if (pending.isEmpty()) {
            return List.of(Violation.error("PROC", "investigation.noPendingPreservation"));
        }
        LocalDate due = Preservations.due(pending.get(), ctx.calendar());
        if (on.isAfter(due)) {
            return List.of(Violation.error("R12", "rule.R12.decisionLate", pending.get().order().date(), due));
        }
        return List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, DecidePreservation a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (Gates.blank(a.disposal())) {
            v.add(Violation.error("PROC", "investigation.disposalMissing"));
        }
        v.addAll(Gates.notRecused(c, Gates.people(List.of(), a.actor()), ctx));
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, DecidePreservation a) {
        return c.state();
    }

    @Override
    public boolean offered(CaseRecord c) {
        return Preservations.pending(c).isPresent();
    }
}
