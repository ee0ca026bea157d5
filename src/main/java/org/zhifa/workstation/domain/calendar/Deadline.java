package org.zhifa.workstation.domain.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A computed last day (ends at 24:00) with what it rests on. When a needed year had no holiday
 * data the date was computed on weekdays only and is provisional: screens must show it with
 * {@link #warning()} and recompute once the year is entered.
 *
 * @param date         the last day of the period
 * @param missingYears years that lacked holiday data (empty for a firm deadline)
 * @param description  the rule and period, e.g. "先行登记保存（7个工作日，自2025-09-30起算）"
 */
public record Deadline(LocalDate date, SortedSet<Integer> missingYears, String description) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        missingYears = Collections.unmodifiableSortedSet(new TreeSet<>(missingYears));
    }

    public static Deadline firm(LocalDate date, String description) {
        return new Deadline(date, new TreeSet<>(), description);
    }

    /** True when computed with the weekday-only fallback for a missing year. */
    public boolean provisional() {
        return !missingYears.isEmpty();
    }

    /** "暂定期限：缺少2027年节假日数据，按周一至周五计算" when provisional. */
    public Optional<String> warning() {
        if (!provisional()) {
            return Optional.empty();
        }
        return Optional.of("暂定期限：" + MissingCalendarYearException.message(missingYears) + "，按周一至周五计算");
    }

    /** The date, or the exception naming the missing years when provisional. */
    public LocalDate strictDate() throws MissingCalendarYearException {
        if (provisional()) {
            throw new MissingCalendarYearException(missingYears);
        }
        return date;
    }
}
