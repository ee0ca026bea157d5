package org.zhifa.workstation.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 追责时效 (Art 36, rule R6): an act may be punished only if discovered within N years of the
 * act date, or of its end for a continuing act. The last day is {@code act.plusYears(N)}: the
 * same calendar date still counts, and 02-29 maps to 02-28. No holiday rollover applies.
 *
 * @param years 2 by default, 5 where 公民生命健康安全 or 金融安全 is harmed; a per-matter setting
 */
public record LimitationPeriod(int years) {

    public static final int DEFAULT_YEARS = 2;
    public static final int SERIOUS_HARM_YEARS = 5;

    public LimitationPeriod {
        if (years < 1) {
            throw new IllegalArgumentException("limitation years must be positive: " + years);
        }
    }

    public static LimitationPeriod ordinary() {
        return new LimitationPeriod(DEFAULT_YEARS);
    }

    public static LimitationPeriod seriousHarm() {
        return new LimitationPeriod(SERIOUS_HARM_YEARS);
    }

    /** The last discovery date still within limitation. */
    public LocalDate lastDay(LocalDate actDateOrEnd) {
        return Objects.requireNonNull(actDateOrEnd, "actDateOrEnd").plusYears(years);
    }

    /** True when {@code discoveryDate} is on or before {@link #lastDay}. */
    public boolean isWithin(LocalDate actDateOrEnd, LocalDate discoveryDate) {
        return !Objects.requireNonNull(discoveryDate, "discoveryDate").isAfter(lastDay(actDateOrEnd));
    }
}
