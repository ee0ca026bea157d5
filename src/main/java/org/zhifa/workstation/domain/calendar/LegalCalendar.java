package org.zhifa.workstation.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one shared function for counting legal periods (domain.md "How days are counted"):
 * <ul>
 *   <li>the start day is not counted;</li>
 *   <li>working day = Monday–Friday, minus holidays, plus 调休 make-up workdays;</li>
 *   <li>day, month and year periods whose last day is not a working day end on the next
 *       working day; month/year periods end on the corresponding date or the month's last day;</li>
 *   <li>a needed year without holiday data is never guessed: the strict methods throw
 *       {@link MissingCalendarYearException}; the {@code *Deadline} methods fall back to
 *       weekdays and return a provisional {@link Deadline} naming the years.</li>
 * </ul>
 */
public final class LegalCalendar {

    private final HolidayCalendar holidays;

    public LegalCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public boolean covers(int year) {
        return holidays.covers(year);
    }

    public boolean isWorkingDay(LocalDate date) throws MissingCalendarYearException {
        return working(date, null);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) throws MissingCalendarYearException {
        return rollover(date, null);
    }

    /** The nth working day after {@code start} (start not counted). */
    public LocalDate addWorkingDays(LocalDate start, int n) throws MissingCalendarYearException {
        return workingDays(start, n, null);
    }

    /** {@code start + n} days, moved to the next working day if that is not one. */
    public LocalDate addCalendarDays(LocalDate start, int n) throws MissingCalendarYearException {
        return rollover(start.plusDays(positive(n)), null);
    }

    /** Corresponding date (or month end) {@code n} months later, then rolled over. */
    public LocalDate addMonths(LocalDate start, int n) throws MissingCalendarYearException {
        return rollover(start.plusMonths(positive(n)), null);
    }

    /** Corresponding date {@code n} years later (02-29 → 02-28), then rolled over. */
    public LocalDate addYears(LocalDate start, int n) throws MissingCalendarYearException {
        return rollover(start.plusYears(positive(n)), null);
    }

    /**
     * Working days in {@code (from, to]}: {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) throws MissingCalendarYearException {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (working(d, null)) {
                count++;
            }
        }
        return count;
    }

    public Deadline workingDaysDeadline(LocalDate start, int n, String rule) {
        return deadline(rule, n + "个工作日", start, missing -> workingDays(start, n, missing));
    }

    public Deadline calendarDaysDeadline(LocalDate start, int n, String rule) {
        return deadline(rule, n + "日", start, missing -> rollover(start.plusDays(positive(n)), missing));
    }

    public Deadline monthsDeadline(LocalDate start, int n, String rule) {
        return deadline(rule, n + "个月", start, missing -> rollover(start.plusMonths(positive(n)), missing));
    }

    public Deadline yearsDeadline(LocalDate start, int n, String rule) {
        return deadline(rule, n + "年", start, missing -> rollover(start.plusYears(positive(n)), missing));
    }

    /** {@code missing == null}: strict, throw; otherwise record the year and use weekdays. */
    private boolean working(LocalDate date, Set<Integer> missing) throws MissingCalendarYearException {
        int year = date.getYear();
        boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (!holidays.covers(year)) {
            if (missing == null) {
                throw new MissingCalendarYearException(year);
            }
            missing.add(year);
            return weekday;
        }
        return holidays.isMakeUpWorkday(date) || (weekday && !holidays.isHoliday(date));
    }

    private LocalDate rollover(LocalDate date, Set<Integer> missing) throws MissingCalendarYearException {
        LocalDate d = date;
        while (!working(d, missing)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate workingDays(LocalDate start, int n, Set<Integer> missing) throws MissingCalendarYearException {
        int remaining = positive(n);
        LocalDate d = start;
        while (remaining > 0) {
            d = d.plusDays(1);
            if (working(d, missing)) {
                remaining--;
            }
        }
        return d;
    }

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("period length must be positive: " + n);
        }
        return n;
    }

    private static Deadline deadline(String rule, String period, LocalDate start, Computation computation) {
        Objects.requireNonNull(start, "start");
        Set<Integer> missing = new TreeSet<>();
        LocalDate date;
        try {
            date = computation.compute(missing);
        } catch (MissingCalendarYearException e) {
            throw new IllegalStateException("lenient computation cannot miss a year", e);
        }
        String span = period + "，自" + start + "起算";
        String description = rule == null || rule.isBlank() ? span : rule + "（" + span + "）";
        return new Deadline(date, new TreeSet<>(missing), description);
    }

    @FunctionalInterface
    private interface Computation {
        LocalDate compute(Set<Integer> missing) throws MissingCalendarYearException;
    }
}
