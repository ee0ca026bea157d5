package org.zhifa.workstation.domain.stats;

import java.util.Objects;

/**
 * The local choices of the annual statistics (domain.md §9, §11): settings with defaults, never constants.
 *
 * @param severity          the penalty order R39 counts a decision under (default: §9's order)
 * @param rateRounding      how 结案率 is cut (default TRUNCATE, as seed 002 publishes 94.06 %)
 * @param rateDecimals      结案率 decimals (default 2)
 * @param shareRounding     how the shares of 结案 (首违不罚, 轻罚) are cut (default HALF_UP, as seed 002: 3.7 %, 29.3 %)
 * @param shareDecimals     share decimals (default 1)
 */
public record StatisticsSettings(
        PenaltySeverity severity,
        RateRounding rateRounding,
        int rateDecimals,
        RateRounding shareRounding,
        int shareDecimals) {

    public StatisticsSettings {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rateRounding, "rateRounding");
        Objects.requireNonNull(shareRounding, "shareRounding");
        if (rateDecimals < 0 || rateDecimals > 6 || shareDecimals < 0 || shareDecimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6");
        }
    }

    public static StatisticsSettings defaults() {
        return new StatisticsSettings(PenaltySeverity.defaults(), RateRounding.TRUNCATE, 2, RateRounding.HALF_UP, 1);
    }

    public StatisticsSettings withSeverity(PenaltySeverity s) {
        return new StatisticsSettings(s, rateRounding, rateDecimals, shareRounding, shareDecimals);
    }

    public StatisticsSettings withRateRounding(RateRounding r, int decimals) {
        return new StatisticsSettings(severity, r, decimals, shareRounding, shareDecimals);
    }
}
