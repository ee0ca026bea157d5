package org.zhifa.workstation.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.zhifa.workstation.domain.calendar.DateRange;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.calendar.MissingCalendarYearException;

/**
 * 加处罚款 (Art 72, 强制法 Art 45, rule R30). Payment is due {@code paymentDays} calendar days
 * after receipt of the decision (Art 67; rolled over like any day period). Each overdue day after
 * the due date adds {@code dailyRate} × fine, capped at the fine; days while a 复议 or 诉讼 is
 * pending do not count (Art 73 ¶3). The total is rounded half-up to the cent.
 */
public final class LatePaymentSurcharge {

    public static final BigDecimal DEFAULT_DAILY_RATE = new BigDecimal("0.03");
    public static final int DEFAULT_PAYMENT_DAYS = 15;

    private final LegalCalendar calendar;
    private final BigDecimal dailyRate;
    private final int paymentDays;

    public LatePaymentSurcharge(LegalCalendar calendar) {
        this(calendar, DEFAULT_DAILY_RATE, DEFAULT_PAYMENT_DAYS);
    }

    public LatePaymentSurcharge(LegalCalendar calendar, BigDecimal dailyRate, int paymentDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.dailyRate = Objects.requireNonNull(dailyRate, "dailyRate");
        if (dailyRate.signum() < 0) {
            throw new IllegalArgumentException("negative rate: " + dailyRate);
        }
        if (paymentDays < 1) {
            throw new IllegalArgumentException("payment days must be positive: " + paymentDays);
        }
        this.paymentDays = paymentDays;
    }

    /** Last day to pay: receipt + payment days, rolled over to a working day. */
    public LocalDate dueDate(LocalDate receiptDate) throws MissingCalendarYearException {
        return calendar.addCalendarDays(receiptDate, paymentDays);
    }

    /** As {@link #dueDate}, provisional when the holiday data for a needed year is missing. */
    public Deadline dueDeadline(LocalDate receiptDate) {
        return calendar.calendarDaysDeadline(receiptDate, paymentDays, "缴纳罚款");
    }

    /** Days in {@code (dueDate, asOf]} not inside any pause range; 0 if not overdue. */
    public static long overdueDays(LocalDate dueDate, LocalDate asOf, Collection<DateRange> pauses) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(asOf, "asOf");
        List<DateRange> ranges = List.copyOf(pauses);
        long days = 0;
        for (LocalDate d = dueDate.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            LocalDate day = d;
            if (ranges.stream().noneMatch(r -> r.contains(day))) {
                days++;
            }
        }
        return days;
    }

    /** min(rate × fine × overdue days, fine), to the cent. */
    public BigDecimal amount(BigDecimal fine, long overdueDays) {
        Objects.requireNonNull(fine, "fine");
        if (fine.signum() < 0) {
            throw new IllegalArgumentException("罚款金额不能为负数");
        }
        if (overdueDays < 0) {
            throw new IllegalArgumentException("negative overdue days: " + overdueDays);
        }
        BigDecimal raw = fine.multiply(dailyRate).multiply(BigDecimal.valueOf(overdueDays));
        return raw.min(fine).setScale(2, RoundingMode.HALF_UP);
    }

    /** Surcharge accrued by {@code asOf} (e.g. the payment date) for a decision received on {@code receiptDate}. */
    public BigDecimal amountAsOf(BigDecimal fine, LocalDate receiptDate, LocalDate asOf, Collection<DateRange> pauses)
            throws MissingCalendarYearException {
        return amount(fine, overdueDays(dueDate(receiptDate), asOf, pauses));
    }

    /** True when the surcharge has reached the fine. */
    public boolean capReached(BigDecimal fine, long overdueDays) {
        return amount(fine, overdueDays).compareTo(fine.setScale(2, RoundingMode.HALF_UP)) >= 0;
    }

    public BigDecimal dailyRate() {
        return dailyRate;
    }

    public int paymentDays() {
        return paymentDays;
    }
}
