package org.zhifa.workstation.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The statutory holiday schedule as data: holiday dates (法定节假日, weekend days inside a
 * holiday block may be listed too), 调休 make-up workdays (always a Saturday or Sunday), and the
 * years the data covers. A covered year with no entries means "plain Monday–Friday".
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> coveredYears) {

    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        coveredYears = Set.copyOf(coveredYears);
        for (LocalDate d : holidays) {
            requireCovered(d, coveredYears);
            if (makeUpWorkdays.contains(d)) {
                throw new IllegalArgumentException(d + "不能同时为节假日和调休工作日");
            }
        }
        for (LocalDate d : makeUpWorkdays) {
            requireCovered(d, coveredYears);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException(d + "不是周末，不能设为调休工作日");
            }
        }
    }

    public static HolidayCalendar empty() {
        return new HolidayCalendar(Set.of(), Set.of(), Set.of());
    }

    /** Builds the calendar from stored schedule rows; {@code coveredYears} are the years entered. */
    public static HolidayCalendar of(Collection<HolidayEntry> entries, Set<Integer> coveredYears) {
        Set<LocalDate> h = new HashSet<>();
        Set<LocalDate> m = new HashSet<>();
        for (HolidayEntry e : entries) {
            (e.makeUpWorkday() ? m : h).add(e.date());
        }
        return new HolidayCalendar(h, m, coveredYears);
    }

    /** A copy in which {@code year}'s data is replaced by the given dates (all within that year). */
    public HolidayCalendar withYear(int year, Set<LocalDate> yearHolidays, Set<LocalDate> yearMakeUpWorkdays) {
        Set<LocalDate> h = new HashSet<>(holidays);
        Set<LocalDate> m = new HashSet<>(makeUpWorkdays);
        h.removeIf(d -> d.getYear() == year);
        m.removeIf(d -> d.getYear() == year);
        for (LocalDate d : yearHolidays) {
            requireYear(d, year);
            h.add(d);
        }
        for (LocalDate d : yearMakeUpWorkdays) {
            requireYear(d, year);
            m.add(d);
        }
        Set<Integer> years = new HashSet<>(coveredYears);
        years.add(year);
        return new HolidayCalendar(h, m, years);
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isMakeUpWorkday(LocalDate date) {
        return makeUpWorkdays.contains(date);
    }

    private static void requireCovered(LocalDate d, Set<Integer> years) {
        if (!years.contains(Objects.requireNonNull(d).getYear())) {
            throw new IllegalArgumentException(d + "不在节假日数据覆盖的年份内");
        }
    }

    private static void requireYear(LocalDate d, int year) {
        if (Objects.requireNonNull(d).getYear() != year) {
            throw new IllegalArgumentException(d + "不属于" + year + "年");
        }
    }
}
