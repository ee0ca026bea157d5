package org.zhifa.workstation.domain.money;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.calendar.ChineseHolidays2025And2026;
import org.zhifa.workstation.domain.calendar.DateRange;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.MissingCalendarYearException;

@DisplayName("R30 加处罚款（Arts 67, 72, 73）")
class LatePaymentSurchargeTest {

    private static final BigDecimal FINE = new BigDecimal("1000.00");
    private static final LocalDate RECEIPT = parse("2025-03-03");
    /** 2025-03-03 + 15 days = 2025-03-18, a Tuesday. */
    private static final LocalDate DUE = parse("2025-03-18");

    private final LatePaymentSurcharge surcharge =
            new LatePaymentSurcharge(ChineseHolidays2025And2026.legalCalendar());

    @Test
    @DisplayName("R30 缴款期限 = 收到决定书之日 + 15日；末日逢节假日顺延")
    void dueDate() throws Exception {
        assertThat(surcharge.dueDate(RECEIPT)).isEqualTo(DUE);
        assertThat(surcharge.dueDate(parse("2025-09-16"))).isEqualTo(parse("2025-10-09"));
        Deadline deadline = surcharge.dueDeadline(RECEIPT);
        assertThat(deadline.date()).isEqualTo(DUE);
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    @DisplayName("R30 逾期第33日 = 罚款的99%")
    void day33() throws Exception {
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE.plusDays(33), List.of())).isEqualByComparingTo("990.00");
        assertThat(surcharge.capReached(FINE, 33)).isFalse();
    }

    @Test
    @DisplayName("R30 逾期第34日达到上限 = 罚款数额，此后不再增加")
    void day34Cap() throws Exception {
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE.plusDays(34), List.of())).isEqualByComparingTo("1000.00");
        assertThat(surcharge.amount(FINE, 400)).isEqualByComparingTo("1000.00");
        assertThat(surcharge.capReached(FINE, 34)).isTrue();
    }

    @Test
    @DisplayName("R30 缴款期限当日不加处，次日为逾期第1日")
    void firstOverdueDay() throws Exception {
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE, List.of())).isEqualByComparingTo("0");
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE.plusDays(1), List.of())).isEqualByComparingTo("30.00");
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, RECEIPT, List.of())).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("R30 复议/诉讼期间不计入逾期日数（重叠区间不重复扣除）")
    void pausesExcluded() throws Exception {
        DateRange review = new DateRange(parse("2025-03-25"), parse("2025-03-29"));
        assertThat(LatePaymentSurcharge.overdueDays(DUE, DUE.plusDays(33), List.of(review))).isEqualTo(28);
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE.plusDays(33), List.of(review)))
                .isEqualByComparingTo("840.00");
        assertThat(surcharge.amountAsOf(FINE, RECEIPT, DUE.plusDays(38), List.of(review)))
                .isEqualByComparingTo("990.00");
        DateRange overlapping = new DateRange(parse("2025-03-27"), parse("2025-03-31"));
        assertThat(LatePaymentSurcharge.overdueDays(DUE, DUE.plusDays(33), List.of(review, overlapping)))
                .isEqualTo(26);
        DateRange beforeDue = new DateRange(parse("2025-03-05"), parse("2025-03-10"));
        assertThat(LatePaymentSurcharge.overdueDays(DUE, DUE.plusDays(33), List.of(beforeDue))).isEqualTo(33);
    }

    @Test
    @DisplayName("R30 费率与缴款日数为可配置参数（默认3%、15日）")
    void parameters() throws Exception {
        assertThat(surcharge.dailyRate()).isEqualByComparingTo("0.03");
        assertThat(surcharge.paymentDays()).isEqualTo(15);
        LatePaymentSurcharge custom = new LatePaymentSurcharge(
                ChineseHolidays2025And2026.legalCalendar(), new BigDecimal("0.01"), 10);
        assertThat(custom.dueDate(RECEIPT)).isEqualTo(parse("2025-03-13"));
        assertThat(custom.amount(FINE, 33)).isEqualByComparingTo("330.00");
    }

    @Test
    @DisplayName("R30 金额四舍五入到分")
    void rounding() {
        assertThat(surcharge.amount(new BigDecimal("333.33"), 1)).isEqualTo(new BigDecimal("10.00"));
        assertThat(surcharge.amount(new BigDecimal("50"), 34)).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    @DisplayName("R30 缺少节假日数据的年份时缴款期限不静默推算")
    void missingYear() {
        assertThatThrownBy(() -> surcharge.dueDate(parse("2026-12-20")))
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessage("缺少2027年节假日数据");
        assertThat(surcharge.dueDeadline(parse("2026-12-20")).provisional()).isTrue();
    }
}
