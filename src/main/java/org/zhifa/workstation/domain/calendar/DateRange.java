package org.zhifa.workstation.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of dates, e.g. the days a 复议 or 诉讼 was pending. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("结束日期早于开始日期：" + first + "～" + last);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
