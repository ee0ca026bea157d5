package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/** "seizure" (R13): 30 calendar days from the 查封/扣押, plus the one approved extension; met by the release. */
final class SeizureDeadline implements DeadlineRule {
    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        return Seizures.of(c).stream()
                .map(e -> new DeadlineItem("seizure", Texts.tr("deadline.seizure"), "R13", e.order().date(),
                        e.deadline(ctx.calendar()), e.release() == null ? null : e.release().date()))
                .toList();
    }
}
