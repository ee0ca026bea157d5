package org.zhifa.workstation.domain.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("期间计算（domain.md 天数计算）: 工作日、日、月、年期间与顺延")
class LegalCalendarTest {

    private final LegalCalendar calendar = ChineseHolidays2025And2026.legalCalendar();

    @ParameterizedTest(name = "{0} 工作日 = {1}")
    @CsvSource({
            "2025-10-01, false", // 国庆
            "2025-10-08, false",
            "2025-10-09, true",
            "2025-10-11, true",  // 调休 Saturday
            "2025-10-12, false", // Sunday
            "2025-09-28, true",  // 调休 Sunday
            "2025-01-26, true",  // 调休 Sunday
            "2025-02-03, false", // 春节, a Monday
            "2026-01-04, true",  // 调休 Sunday
            "2026-02-14, true",  // 调休 Saturday
            "2026-02-23, false", // 春节, a Monday
            "2026-02-28, true",  // 调休 Saturday
            "2026-09-25, false", // 中秋, a Friday
            "2026-03-02, true",
            "2026-03-07, false"
    })
    @DisplayName("工作日 = 周一至周五 − 节假日 + 调休工作日")
    void workingDays(LocalDate date, boolean working) throws Exception {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    @DisplayName("5个工作日自2025-09-30起跨国庆长假，计入10-11调休周六 → 2025-10-14")
    void workingDaysAcrossNationalDay() throws Exception {
        assertThat(calendar.addWorkingDays(parse("2025-09-30"), 5)).isEqualTo(parse("2025-10-14"));
    }

    @Test
    @DisplayName("R12 先行登记保存7个工作日自2025-09-30起 → 2025-10-16")
    void r12PreservationSevenWorkingDays() throws Exception {
        assertThat(calendar.addWorkingDays(parse("2025-09-30"), 7)).isEqualTo(parse("2025-10-16"));
    }

    @Test
    @DisplayName("调休周日计为工作日：2025-09-26（周五）后第1个工作日为2025-09-28（周日）")
    void makeUpSundayCounts() throws Exception {
        assertThat(calendar.addWorkingDays(parse("2025-09-26"), 1)).isEqualTo(parse("2025-09-28"));
        assertThat(calendar.addWorkingDays(parse("2025-01-24"), 1)).isEqualTo(parse("2025-01-26"));
    }

    @Test
    @DisplayName("2026春节：2026-02-13后第1个工作日为02-14调休，第2个为02-24")
    void springFestival2026() throws Exception {
        assertThat(calendar.addWorkingDays(parse("2026-02-13"), 1)).isEqualTo(parse("2026-02-14"));
        assertThat(calendar.addWorkingDays(parse("2026-02-13"), 2)).isEqualTo(parse("2026-02-24"));
    }

    @Test
    @DisplayName("起算日不计入：周一起1个工作日为周二")
    void startDayNotCounted() throws Exception {
        assertThat(calendar.addWorkingDays(parse("2026-03-02"), 1)).isEqualTo(parse("2026-03-03"));
        assertThat(calendar.addCalendarDays(parse("2026-03-02"), 1)).isEqualTo(parse("2026-03-03"));
    }

    @Test
    @DisplayName("15日期间末日为节假日（2025-10-01）顺延至2025-10-09")
    void calendarDaysEndingOnHolidayRollOver() throws Exception {
        assertThat(calendar.addCalendarDays(parse("2025-09-16"), 15)).isEqualTo(parse("2025-10-09"));
    }

    @Test
    @DisplayName("15日期间末日为周日顺延至周一；末日为调休周六不顺延")
    void calendarDaysWeekendAndMakeUpDay() throws Exception {
        assertThat(calendar.addCalendarDays(parse("2025-03-01"), 15)).isEqualTo(parse("2025-03-17"));
        assertThat(calendar.addCalendarDays(parse("2025-09-26"), 15)).isEqualTo(parse("2025-10-11"));
    }

    @Test
    @DisplayName("月期间：2024-08-31 + 6个月 → 2025-02-28（周五，不顺延）")
    void monthEndWithoutCorrespondingDate() throws Exception {
        assertThat(calendar.addMonths(parse("2024-08-31"), 6)).isEqualTo(parse("2025-02-28"));
    }

    @Test
    @DisplayName("月期间：月末日为周日顺延（2025-08-31 + 3个月 → 11-30周日 → 12-01）；为调休周六则不顺延")
    void monthEndThenRollover() throws Exception {
        assertThat(calendar.addMonths(parse("2025-08-31"), 3)).isEqualTo(parse("2025-12-01"));
        assertThat(calendar.addMonths(parse("2025-08-31"), 6)).isEqualTo(parse("2026-02-28"));
        assertThat(calendar.addMonths(parse("2025-01-15"), 1)).isEqualTo(parse("2025-02-17"));
    }

    @Test
    @DisplayName("年期间：2024-02-29 + 1年 → 2025-02-28；末日逢节假日顺延")
    void years() throws Exception {
        assertThat(calendar.addYears(parse("2024-02-29"), 1)).isEqualTo(parse("2025-02-28"));
        assertThat(calendar.addYears(parse("2024-10-01"), 1)).isEqualTo(parse("2025-10-09"));
    }

    @Test
    @DisplayName("下一个工作日（含当日）")
    void nextWorkingDay() throws Exception {
        assertThat(calendar.nextWorkingDayOnOrAfter(parse("2025-10-01"))).isEqualTo(parse("2025-10-09"));
        assertThat(calendar.nextWorkingDayOnOrAfter(parse("2025-10-11"))).isEqualTo(parse("2025-10-11"));
    }

    @Test
    @DisplayName("两日期之间的工作日数（不含起日，含止日），与加工作日互逆")
    void workingDaysBetween() throws Exception {
        assertThat(calendar.workingDaysBetween(parse("2025-09-30"), parse("2025-10-14"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(parse("2025-10-14"), parse("2025-09-30"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(parse("2025-10-01"), parse("2025-10-01"))).isZero();
        LocalDate start = parse("2026-02-10");
        for (int n = 1; n <= 30; n++) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Test
    @DisplayName("缺少2027年数据：严格方法抛出异常并指明2027年")
    void missingYearStrict() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-12-28"), 5))
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessage("缺少2027年节假日数据")
                .satisfies(e -> assertThat(((MissingCalendarYearException) e).years()).containsExactly(2027));
        assertThatThrownBy(() -> calendar.isWorkingDay(parse("2027-03-01")))
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> calendar.addCalendarDays(parse("2026-12-20"), 15))
                .isInstanceOf(MissingCalendarYearException.class);
    }

    @Test
    @DisplayName("缺少2027年数据：Deadline 标为暂定，按周一至周五计算并列出2027年")
    void missingYearProvisionalDeadline() {
        Deadline deadline = calendar.workingDaysDeadline(parse("2026-12-28"), 5, "先行登记保存");
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.missingYears()).containsExactly(2027);
        assertThat(deadline.date()).isEqualTo(parse("2027-01-04"));
        assertThat(deadline.warning()).hasValue("暂定期限：缺少2027年节假日数据，按周一至周五计算");
        assertThat(deadline.description()).isEqualTo("先行登记保存（5个工作日，自2026-12-28起算）");
        assertThatThrownBy(deadline::strictDate)
                .isInstanceOf(MissingCalendarYearException.class)
                .hasMessage("缺少2027年节假日数据");
    }

    @Test
    @DisplayName("数据齐全时 Deadline 不是暂定；只检查实际用到的年份")
    void firmDeadline() throws Exception {
        Deadline deadline = calendar.calendarDaysDeadline(parse("2025-09-16"), 15, "缴纳罚款");
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.warning()).isEmpty();
        assertThat(deadline.strictDate()).isEqualTo(parse("2025-10-09"));
        assertThat(deadline.description()).isEqualTo("缴纳罚款（15日，自2025-09-16起算）");
        // start in 2024 (not covered) is fine: only the last day is looked up
        assertThat(calendar.monthsDeadline(parse("2024-08-31"), 6, "").provisional()).isFalse();
        assertThat(calendar.yearsDeadline(parse("2026-06-01"), 1, "").missingYears()).containsExactly(2027);
    }

    @Test
    @DisplayName("录入2027年数据后重新计算不再暂定")
    void addingYearResolvesProvisional() throws Exception {
        LegalCalendar with2027 = new LegalCalendar(ChineseHolidays2025And2026.calendar()
                .withYear(2027, java.util.Set.of(parse("2027-01-01")), java.util.Set.of()));
        Deadline deadline = with2027.workingDaysDeadline(parse("2026-12-28"), 5, "");
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.date()).isEqualTo(parse("2027-01-05"));
    }

    @Test
    @DisplayName("期间长度须为正数")
    void rejectsNonPositivePeriod() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2025-03-03"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addCalendarDays(parse("2025-03-03"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
