package org.zhifa.workstation.domain.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R6 追责时效（Art 36）")
class LimitationPeriodTest {

    @Test
    @DisplayName("R6 2年：同一日历日仍在时效内，前一日在内，后一日超出")
    void boundary() {
        LimitationPeriod two = LimitationPeriod.ordinary();
        assertThat(two.lastDay(parse("2023-05-10"))).isEqualTo(parse("2025-05-10"));
        assertThat(two.isWithin(parse("2023-05-10"), parse("2025-05-09"))).isTrue();
        assertThat(two.isWithin(parse("2023-05-10"), parse("2025-05-10"))).isTrue();
        assertThat(two.isWithin(parse("2023-05-10"), parse("2025-05-11"))).isFalse();
    }

    @Test
    @DisplayName("R6 02-29 + 2年 → 02-28：02-28在内，03-01超出")
    void leapDay() {
        LimitationPeriod two = LimitationPeriod.ordinary();
        assertThat(two.lastDay(parse("2024-02-29"))).isEqualTo(parse("2026-02-28"));
        assertThat(two.isWithin(parse("2024-02-29"), parse("2026-02-28"))).isTrue();
        assertThat(two.isWithin(parse("2024-02-29"), parse("2026-03-01"))).isFalse();
    }

    @Test
    @DisplayName("R6 5年（生命健康、金融安全）：2020-02-29 → 2025-02-28；不因节假日顺延")
    void fiveYears() {
        LimitationPeriod five = LimitationPeriod.seriousHarm();
        assertThat(five.years()).isEqualTo(5);
        assertThat(five.lastDay(parse("2020-02-29"))).isEqualTo(parse("2025-02-28"));
        assertThat(five.isWithin(parse("2020-10-01"), parse("2025-10-01"))).isTrue();
        assertThat(five.isWithin(parse("2020-10-01"), parse("2025-10-02"))).isFalse();
    }

    @Test
    @DisplayName("R6 连续或继续状态：自行为终了之日起算；行为尚未终了时发现在时效内")
    void continuingAct() {
        LimitationPeriod two = LimitationPeriod.ordinary();
        assertThat(two.isWithin(parse("2024-06-30"), parse("2026-06-30"))).isTrue();
        assertThat(two.isWithin(parse("2024-06-30"), parse("2024-03-01"))).isTrue();
    }

    @Test
    @DisplayName("R6 年数须为正数")
    void rejectsNonPositive() {
        assertThatThrownBy(() -> new LimitationPeriod(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
