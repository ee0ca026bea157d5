package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "limitation" (R6, Art 36): act date + the matter's limitation years, the same calendar date (02-29 → 02-28),
 * no holiday rollover. Met by the FILE.
 */
final class LimitationDeadline implements DeadlineRule {
    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        if (c.procedure() != ProcedureKind.GENERAL || c.actDate() == null) {
            return List.of();
        }
        String label = Texts.tr("deadline.limitation");
        int years = Limitation.period(c).years();
        Deadline deadline = Deadline.firm(Limitation.lastDay(c).orElseThrow(),
                Texts.tr("deadline.limitation.description", label, years, c.actDate()));
        var met = c.last(FileCase.class).map(CaseAction::date).orElse(null);
        return List.of(new DeadlineItem("limitation", label, "R6", c.actDate(), deadline, met));
    }
}
