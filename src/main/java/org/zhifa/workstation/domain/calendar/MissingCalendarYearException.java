package org.zhifa.workstation.domain.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A period needed a year for which no holiday calendar has been entered. Counting never falls
 * back silently to weekdays; the message names the missing year(s), e.g. "缺少2027年节假日数据".
 */
public final class MissingCalendarYearException extends Exception {

    private static final long serialVersionUID = 1L;

    private final TreeSet<Integer> years;

    public MissingCalendarYearException(Collection<Integer> years) {
        super(message(years));
        this.years = new TreeSet<>(years);
    }

    public MissingCalendarYearException(int year) {
        this(List.of(year));
    }

    /** The missing years, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(years);
    }

    static String message(Collection<Integer> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no missing year");
        }
        return "缺少" + new TreeSet<>(years).stream().map(String::valueOf)
                .collect(Collectors.joining("、")) + "年节假日数据";
    }
}
