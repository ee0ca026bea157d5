package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * A payment of the fine and 加处罚款 (R30): the case is EXECUTED once the fine and the surcharge due on the
 * payment day are paid. Cash collected on site follows R26 (only case (b) after the decision was made).
 */
final class RecordPaymentStep implements Step<RecordPayment> {
    @Override
    public ActionType type() {
        return ActionType.PAYMENT_RECORDED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.SERVED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return ExecutionFacts.fine(c).signum() > 0;
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (ExecutionFacts.fine(c).signum() == 0) {
            v.add(Violation.error("R30", "rule.R30.nothingToPay"));
            return v;
        }
        LocalDate decided = ExecutionFacts.decisionDate(c).orElseThrow();
        if (on.isBefore(decided)) {
            v.add(Violation.error("PROC", "execution.beforeDecision", on, decided));
        }
        Settlement s = Settlement.of(c, ctx, on);
        if (s.dueDate() != null && s.fineOutstanding().signum() > 0 && on.isAfter(s.dueDate())) {
            v.add(Violation.warning("R30", "rule.R30.overdue", s.dueDate(), s.overdueDays(),
                    ExecutionFacts.yuan(s.surchargeDue())));
        }
        return v;
    }

    @Override
    public List<Violation> check(CaseRecord c, RecordPayment a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        BigDecimal amount = a.amount() == null ? BigDecimal.ZERO : a.amount();
        BigDecimal surcharge = a.surcharge() == null ? BigDecimal.ZERO : a.surcharge();
        if (amount.signum() < 0 || surcharge.signum() < 0 || amount.add(surcharge).signum() == 0) {
            v.add(Violation.error("R30", "rule.R30.amountMissing"));
        }
        if (a.channel() == null) {
            v.add(Violation.error("PROC", "execution.channelMissing"));
        } else if (a.channel() == PaymentChannel.ON_SITE) {
            v.addAll(onSite(c, a));
        }
        Settlement before = Settlement.of(c, ctx, a.date());
        if (amount.compareTo(before.fineOutstanding()) > 0) {
            v.add(Violation.error("R30", "rule.R30.overpaid", ExecutionFacts.yuan(amount),
                    ExecutionFacts.yuan(before.fineOutstanding())));
        }
        Settlement after = Settlement.of(c.with(a, c.state()), ctx, a.date());
        if (after.fineOutstanding().signum() == 0 && after.surchargeOutstanding().signum() > 0) {
            v.add(Violation.warning("R30", "rule.R30.surchargeOutstanding", after.overdueDays(),
                    ExecutionFacts.yuan(after.surchargeDue()), ExecutionFacts.yuan(after.surchargeOutstanding())));
        }
        return v;
    }

    /** Cash taken on site after the decision: a 财政 receipt always; only in case (b) of R26 (Art 69). */
    private static List<Violation> onSite(CaseRecord c, RecordPayment a) {
        List<Violation> v = new ArrayList<>();
        if (ExecutionFacts.blank(a.receiptNumber())) {
            v.add(Violation.error("R26", "rule.R26.receiptMissing"));
        }
        boolean remoteRecorded = ExecutionFacts.onSiteDecision(c)
                .map(d -> d.remoteArea() && d.partyRequestedOnSitePayment()).orElse(false);
        if (!remoteRecorded) {
            v.add(Violation.warning("R26", "rule.R26.onSitePaymentOnlyRemote"));
        }
        return v;
    }

    /** Without a context the calendar is unknown; the engine always calls the variant below. */
    @Override
    public CaseState next(CaseRecord c, RecordPayment a) {
        throw new UnsupportedOperationException("the resulting state depends on the holiday calendar");
    }

    /** Executed when the fine and the surcharge due on the payment day are paid in full. */
    @Override
    public CaseState next(CaseRecord c, RecordPayment a, RuleContext ctx) {
        Settlement after = Settlement.of(c.with(a, c.state()), ctx, a.date());
        return after.paidInFull() ? CaseState.EXECUTED : CaseState.SERVED;
    }
}
