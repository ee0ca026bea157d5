package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "onSiteFiling": 备案 of an on-site decision (R25). "cashToAuthority" / "cashToBank": cash collected on site
 * reaches the authority within 2 working days and the bank within 2 more (Art 71, R26). No action records the
 * hand-over of cash yet, so those two items stay open.
 */
final class OnSiteDeadlines implements DeadlineRule {
    /** Art 71 "二日": working days (Art 85). */
    static final int CASH_WORKING_DAYS = 2;

    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        for (CaseAction a : c.actions()) {
            if (a instanceof DecideOnSite d) {
                String label = Texts.tr("deadline.onSiteFiling");
                LocalDate filed = c.last(FileOnSiteDecision.class).map(CaseAction::date).orElse(null);
                items.add(new DeadlineItem("onSiteFiling", label, "R25", d.date(),
                        ctx.calendar().workingDaysDeadline(d.date(), ctx.settings().onSiteFilingDays(), label), filed));
                if (d.collectedOnSite()) {
                    cash(items, d.date(), ctx);
                }
            } else if (a instanceof RecordPayment p && p.channel() == PaymentChannel.ON_SITE) {
                cash(items, p.date(), ctx);
            }
        }
        return items;
    }

    private static void cash(List<DeadlineItem> items, LocalDate collected, RuleContext ctx) {
        String toAuthority = Texts.tr("deadline.cashToAuthority");
        Deadline authority = ctx.calendar().workingDaysDeadline(collected, CASH_WORKING_DAYS, toAuthority);
        items.add(new DeadlineItem("cashToAuthority", toAuthority, "R26", collected, authority, null));
        String toBank = Texts.tr("deadline.cashToBank");
        items.add(new DeadlineItem("cashToBank", toBank, "R26", authority.date(),
                ctx.calendar().workingDaysDeadline(authority.date(), CASH_WORKING_DAYS, toBank), null));
    }
}
