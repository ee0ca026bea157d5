package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "filing" (R5): 立案 within settings.filingDays working days of discovery. Met by the FILE; a lead disposed of
 * otherwise (不予立案, 移送, or corrected under a pledge) needs no filing and counts as met on that day.
 */
final class FilingDeadline implements DeadlineRule {
    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        if (c.procedure() != ProcedureKind.GENERAL || c.discoveredOn() == null || ctx.settings().filingDays() < 1) {
            return List.of();
        }
        String label = Texts.tr("deadline.filing");
        var deadline = ctx.calendar().workingDaysDeadline(c.discoveredOn(), ctx.settings().filingDays(), label);
        var met = c.actions().stream()
                .filter(a -> a instanceof FileCase || a instanceof DeclineFiling || a instanceof Transfer
                        || (a instanceof PledgeVerified p && p.corrected()))
                .map(CaseAction::date).findFirst().orElse(null);
        return List.of(new DeadlineItem("filing", label, "R5", c.discoveredOn(), deadline, met));
    }
}
