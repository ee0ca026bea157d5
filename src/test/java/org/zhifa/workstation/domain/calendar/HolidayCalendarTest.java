package org.zhifa.workstation.domain.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("节假日数据（HolidayCalendar）: 校验与按年替换")
class HolidayCalendarTest {

    @Test
    @DisplayName("调休工作日必须是周末")
    void makeUpWorkdayMustBeWeekend() {
        assertThatThrownBy(() -> new HolidayCalendar(Set.of(), Set.of(parse("2025-03-03")), Set.of(2025)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("调休");
    }

    @Test
    @DisplayName("日期必须属于覆盖的年份")
    void datesMustBeInCoveredYears() {
        assertThatThrownBy(() -> new HolidayCalendar(Set.of(parse("2027-01-01")), Set.of(), Set.of(2026)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("同一日不能既是节假日又是调休工作日")
    void holidayAndMakeUpDisjoint() {
        assertThatThrownBy(() -> new HolidayCalendar(
                Set.of(parse("2025-10-11")), Set.of(parse("2025-10-11")), Set.of(2025)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("withYear 替换该年数据并加入覆盖年份")
    void withYearReplaces() {
        HolidayCalendar base = ChineseHolidays2025And2026.calendar();
        HolidayCalendar replaced = base.withYear(2025, Set.of(parse("2025-01-01")), Set.of());
        assertThat(replaced.isHoliday(parse("2025-10-01"))).isFalse();
        assertThat(replaced.isMakeUpWorkday(parse("2025-10-11"))).isFalse();
        assertThat(replaced.isHoliday(parse("2026-10-01"))).isTrue();
        assertThat(base.withYear(2027, Set.of(), Set.of()).covers(2027)).isTrue();
        assertThat(HolidayCalendar.empty().covers(2025)).isFalse();
    }

    @Test
    @DisplayName("由存储的 HolidayEntry 行构建")
    void fromEntries() {
        HolidayCalendar c = HolidayCalendar.of(java.util.List.of(
                new HolidayEntry(parse("2026-10-01"), false, "国庆节"),
                new HolidayEntry(parse("2026-10-10"), true, "国庆节调休")), Set.of(2026));
        assertThat(c.isHoliday(parse("2026-10-01"))).isTrue();
        assertThat(c.isMakeUpWorkday(parse("2026-10-10"))).isTrue();
        assertThat(c.covers(2026)).isTrue();
        assertThat(c.covers(2027)).isFalse();
    }
}
