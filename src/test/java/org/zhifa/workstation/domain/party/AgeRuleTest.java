package org.zhifa.workstation.domain.party;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R8 未成年人（Art 30）: 已满N周岁自生日次日起算")
class AgeRuleTest {

    private static final LocalDate TODAY = parse("2030-01-01");
    /** Born 2011-05-10: 14th birthday 2025-05-10, 18th birthday 2029-05-10. */
    private final IdNumber born20110510 = IdNumber.parse("110105201105100010", TODAY);
    /** Born 2012-02-29. */
    private final IdNumber born20120229 = IdNumber.parse("110105201202290020", TODAY);

    @Test
    @DisplayName("R8 14周岁生日前一日：不满14周岁，不予处罚")
    void dayBefore14thBirthday() {
        assertThat(born20110510.ageAt(parse("2025-05-09"))).isEqualTo(13);
        assertThat(born20110510.minorStatusAt(parse("2025-05-09"))).isEqualTo(MinorStatus.UNDER_14);
        assertThat(MinorStatus.UNDER_14.noPenalty()).isTrue();
    }

    @Test
    @DisplayName("R8 14周岁生日当日：默认设置下仍不满14周岁")
    void on14thBirthday() {
        assertThat(born20110510.ageAt(parse("2025-05-10"))).isEqualTo(13);
        assertThat(born20110510.minorStatusAt(parse("2025-05-10"))).isEqualTo(MinorStatus.UNDER_14);
    }

    @Test
    @DisplayName("R8 14周岁生日次日：已满14周岁，应当从轻或减轻")
    void dayAfter14thBirthday() {
        assertThat(born20110510.ageAt(parse("2025-05-11"))).isEqualTo(14);
        assertThat(born20110510.minorStatusAt(parse("2025-05-11"))).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(MinorStatus.FROM_14_TO_18.mitigationRequired()).isTrue();
    }

    @Test
    @DisplayName("R8 设置关闭时生日当日即满周岁")
    void settingOff() {
        assertThat(born20110510.ageAt(parse("2025-05-10"), false)).isEqualTo(14);
        assertThat(born20110510.minorStatusAt(parse("2025-05-10"), false)).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(born20110510.minorStatusAt(parse("2025-05-09"), false)).isEqualTo(MinorStatus.UNDER_14);
    }

    @Test
    @DisplayName("R8 18周岁生日当日仍未成年，次日成年")
    void eighteenthBirthday() {
        assertThat(born20110510.minorStatusAt(parse("2029-05-09"))).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(born20110510.minorStatusAt(parse("2029-05-10"))).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(born20110510.minorStatusAt(parse("2029-05-11"))).isEqualTo(MinorStatus.ADULT);
        assertThat(born20110510.minorStatusAt(parse("2029-05-10"), false)).isEqualTo(MinorStatus.ADULT);
        assertThat(MinorStatus.ADULT.noPenalty()).isFalse();
        assertThat(MinorStatus.ADULT.mitigationRequired()).isFalse();
    }

    @Test
    @DisplayName("R8 02-29出生：平年生日按02-28（plusYears），次日03-01满周岁")
    void leapDayBirthday() {
        assertThat(born20120229.ageAt(parse("2026-02-28"))).isEqualTo(13);
        assertThat(born20120229.ageAt(parse("2026-03-01"))).isEqualTo(14);
        assertThat(born20120229.ageAt(parse("2026-02-28"), false)).isEqualTo(14);
        assertThat(born20120229.ageAt(parse("2028-02-29"))).isEqualTo(15);
        assertThat(born20120229.ageAt(parse("2028-03-01"))).isEqualTo(16);
    }

    @Test
    @DisplayName("R8 周岁计算：出生当日0岁；行为日期早于出生日期被拒绝")
    void edges() {
        assertThat(AgeRule.DEFAULT.fullYears(parse("2011-05-10"), parse("2011-05-10"))).isZero();
        assertThat(AgeRule.DEFAULT.fullYears(parse("1949-12-31"), parse("2025-06-01"))).isEqualTo(75);
        assertThatThrownBy(() -> AgeRule.DEFAULT.fullYears(parse("2011-05-10"), parse("2011-05-09")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R8 年龄段划分")
    void brackets() {
        assertThat(MinorStatus.ofFullYears(13)).isEqualTo(MinorStatus.UNDER_14);
        assertThat(MinorStatus.ofFullYears(14)).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(MinorStatus.ofFullYears(17)).isEqualTo(MinorStatus.FROM_14_TO_18);
        assertThat(MinorStatus.ofFullYears(18)).isEqualTo(MinorStatus.ADULT);
    }
}
