package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.money.LatePaymentSurcharge;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;

/**
 * Where the payment of a fine stands on a day (R30): due 15 days after the effective service (rolled over to a
 * working day); 加处罚款 = min(3 % × fine × overdue days, fine), the days in 复议/诉讼 not counted (Art 73 ¶3).
 * The surcharge accrues on the whole fine until the fine itself is paid in full (a simplification: partial
 * payments do not reduce its base).
 *
 * @param dueDate    last day to pay, null while the decision is not served
 * @param finePaidOn the day the fine was paid in full, null while it is not
 */
public record Settlement(BigDecimal fine, BigDecimal finePaid, LocalDate dueDate, long overdueDays,
                         BigDecimal surchargeDue, BigDecimal surchargePaid, LocalDate finePaidOn) {

    public static Settlement of(CaseRecord c, RuleContext ctx, LocalDate asOf) {
        return of(c, ctx.calendar(), ctx.settings(), asOf);
    }

    public static Settlement of(CaseRecord c, LegalCalendar calendar, ProcedureSettings settings, LocalDate asOf) {
        BigDecimal fine = ExecutionFacts.fine(c);
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal surchargePaid = BigDecimal.ZERO;
        LocalDate paidOn = null;
        var onSite = ExecutionFacts.onSiteDecision(c);
        if (onSite.isPresent() && onSite.get().collectedOnSite() && !onSite.get().date().isAfter(asOf)) {
            paid = fine;
            paidOn = onSite.get().date();
        }
        for (CaseAction a : c.actions()) {
            if (a instanceof RecordPayment p && !p.date().isAfter(asOf)) {
                paid = paid.add(nz(p.amount()));
                surchargePaid = surchargePaid.add(nz(p.surcharge()));
                if (paidOn == null && fine.signum() > 0 && paid.compareTo(fine) >= 0) {
                    paidOn = p.date();
                }
            }
        }
        Optional<LocalDate> received = ServiceDates.effectiveServiceDate(c, settings);
        if (received.isEmpty() || fine.signum() == 0) {
            return new Settlement(fine, paid, null, 0, BigDecimal.ZERO.setScale(2), surchargePaid, paidOn);
        }
        LatePaymentSurcharge surcharge = new LatePaymentSurcharge(calendar);
        LocalDate due = surcharge.dueDeadline(received.get()).date();
        LocalDate end = paidOn != null && paidOn.isBefore(asOf) ? paidOn : asOf;
        long overdue = LatePaymentSurcharge.overdueDays(due, end, ExecutionFacts.challengePeriods(c, asOf));
        return new Settlement(fine, paid, due, overdue, surcharge.amount(fine, overdue), surchargePaid, paidOn);
    }

    public BigDecimal fineOutstanding() {
        return fine.subtract(finePaid).max(BigDecimal.ZERO);
    }

    public BigDecimal surchargeOutstanding() {
        return surchargeDue.subtract(surchargePaid).max(BigDecimal.ZERO);
    }

    /** Fine and surcharge still to pay. */
    public BigDecimal outstanding() {
        return fineOutstanding().add(surchargeOutstanding());
    }

    /** Whether the fine and the surcharge due have been paid (trivially true without a fine). */
    public boolean paidInFull() {
        return outstanding().signum() == 0;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
