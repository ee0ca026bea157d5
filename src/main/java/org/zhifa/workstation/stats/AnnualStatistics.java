package org.zhifa.workstation.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.stats.StatisticsSettings;

/**
 * The 统计年报 of one authority (or all) for a year, with the year before for the change.
 *
 * @param authorityCode null for all authorities of the installation
 * @param authorityName the authority's name, or the label for all
 * @param current       the year asked for
 * @param previous      the year before
 * @param settings      the settings the figures were computed with (severity order, rounding)
 * @param computedOn    the day of computation (staff figures of an unfinished year are as of this day)
 */
public record AnnualStatistics(String authorityCode, String authorityName, Indicators current, Indicators previous,
                               StatisticsSettings settings, LocalDate computedOn) {

    /** The severity order used for the decisions by type, heaviest last. */
    public List<PenaltyType> typeOrder() {
        return settings.severity().lightestFirst();
    }

    /** current − previous. */
    public long change(ToLongFunction<Indicators> indicator) {
        return indicator.applyAsLong(current) - indicator.applyAsLong(previous);
    }

    /** The change in per cent of the previous year, two decimals half up; null when the previous year is 0. */
    public BigDecimal changePercent(ToLongFunction<Indicators> indicator) {
        long before = indicator.applyAsLong(previous);
        if (before == 0) {
            return null;
        }
        return BigDecimal.valueOf(change(indicator) * 100L).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
    }
}
