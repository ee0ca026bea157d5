package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/** "preservation" (R12): each 先行登记保存 decided within 7 working days of the order; met by its decision. */
final class PreservationDeadline implements DeadlineRule {
    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        return Preservations.of(c).stream()
                .map(e -> new DeadlineItem("preservation", Texts.tr("deadline.preservation"), "R12", e.order().date(),
                        e.deadline(ctx.calendar()), e.decision() == null ? null : e.decision().date()))
                .toList();
    }
}
