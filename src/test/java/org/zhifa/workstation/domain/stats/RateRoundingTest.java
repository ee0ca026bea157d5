package org.zhifa.workstation.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seed 002: 结案率 truncated, shares of 结案 rounded half up. */
class RateRoundingTest {

    @Test
    void closureRateOfSeed002IsTruncatedTo9406() {
        assertThat(RateRounding.TRUNCATE.percent(1205, 1281, 2)).isEqualByComparingTo("94.06");
        assertThat(RateRounding.HALF_UP.percent(1205, 1281, 2)).isEqualByComparingTo("94.07");
    }

    @Test
    void sharesOfSeed002AreRoundedHalfUp() {
        assertThat(RateRounding.HALF_UP.percent(45, 1205, 1)).isEqualByComparingTo("3.7");
        assertThat(RateRounding.HALF_UP.percent(353, 1205, 1)).isEqualByComparingTo("29.3");
        assertThat(RateRounding.TRUNCATE.percent(353, 1205, 1)).as("truncation would publish 29.2").isEqualByComparingTo("29.2");
    }

    @Test
    void nothingFiledGivesNoRate() {
        assertThat(RateRounding.TRUNCATE.percent(0, 0, 2)).isNull();
    }
}
