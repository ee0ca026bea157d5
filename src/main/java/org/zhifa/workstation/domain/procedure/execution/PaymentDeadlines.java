package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.money.LatePaymentSurcharge;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "service": a decision not handed over on the spot is served within 7 working days (Art 61, R27).
 * "payment": the fine is due 15 days after the effective service (Art 67, R30), met when paid in full.
 */
final class PaymentDeadlines implements DeadlineRule {

    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        Optional<CaseAction> decision = ExecutionFacts.decision(c);
        if (decision.isEmpty()) {
            return items;
        }
        if (!(decision.get() instanceof DecideOnSite)) {
            String label = Texts.tr("deadline.service");
            LocalDate decided = decision.get().date();
            items.add(new DeadlineItem("service", label, "R27", decided, ctx.calendar()
                    .workingDaysDeadline(decided, ServeDecisionStep.SERVICE_WORKING_DAYS, label),
                    ExecutionFacts.service(c).map(ServeDecision::date).orElse(null)));
        }
        Optional<LocalDate> received = ServiceDates.effectiveServiceDate(c, ctx);
        if (received.isPresent() && ExecutionFacts.fine(c).signum() > 0) {
            String label = Texts.tr("deadline.payment");
            LocalDate asOf = c.actions().getLast().date();
            Settlement s = Settlement.of(c, ctx, asOf.isAfter(received.get()) ? asOf : received.get());
            items.add(new DeadlineItem("payment", label, "R30", received.get(), ctx.calendar()
                    .calendarDaysDeadline(received.get(), LatePaymentSurcharge.DEFAULT_PAYMENT_DAYS, label),
                    s.fineOutstanding().signum() == 0 ? s.finePaidOn() : null));
        }
        return items;
    }
}
