package org.zhifa.workstation.domain.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a percentage is cut to its published decimals. Seed 002 publishes 结案率 1205 ÷ 1281 = 94.067 % as
 * "94.06%": truncated; its shares of 结案 (首违不罚 45 ÷ 1205 = 3.73 %, 轻罚 353 ÷ 1205 = 29.29 %) appear as 3.7 % and
 * 29.3 %: rounded half up. Both are settings.
 */
public enum RateRounding {
    /** Cut off the further digits (94.067 → 94.06). */
    TRUNCATE,
    /** Round half up (29.295 → 29.3). */
    HALF_UP;

    /** numerator ÷ denominator × 100 with the given decimals; null when the denominator is 0. */
    public BigDecimal percent(long numerator, long denominator, int decimals) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), decimals, this == TRUNCATE ? RoundingMode.DOWN : RoundingMode.HALF_UP);
    }
}
