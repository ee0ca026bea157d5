package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.HOLIDAY_CALENDAR;
import static org.zhifa.workstation.store.jooq.Tables.HOLIDAY_YEAR;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.zhifa.workstation.domain.calendar.HolidayEntry;

/** The holiday calendar, kept per year as data. */
public final class HolidayRepository {
    private static final String HOLIDAY = "HOLIDAY";
    private static final String MAKE_UP = "MAKE_UP_WORKDAY";

    /** Replaces one year's schedule. */
    public void replaceYear(Tx tx, int year, String source, List<HolidayEntry> entries) {
        DSLContext ctx = tx.dsl();
        ctx.deleteFrom(HOLIDAY_CALENDAR)
                .where(HOLIDAY_CALENDAR.HOLIDAY_DATE.between(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)))
                .execute();
        ctx.deleteFrom(HOLIDAY_YEAR).where(HOLIDAY_YEAR.CALENDAR_YEAR.eq(year)).execute();
        ctx.insertInto(HOLIDAY_YEAR).set(HOLIDAY_YEAR.CALENDAR_YEAR, year).set(HOLIDAY_YEAR.SOURCE, source).execute();
        for (HolidayEntry e : entries) {
            if (e.date().getYear() != year) {
                throw new StoreException("holiday " + e.date() + " is not in year " + year);
            }
            ctx.insertInto(HOLIDAY_CALENDAR)
                    .set(HOLIDAY_CALENDAR.HOLIDAY_DATE, e.date())
                    .set(HOLIDAY_CALENDAR.KIND, e.makeUpWorkday() ? MAKE_UP : HOLIDAY)
                    .set(HOLIDAY_CALENDAR.NAME, e.name())
                    .execute();
        }
    }

    public List<HolidayEntry> entries(Tx tx) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(HOLIDAY_CALENDAR).orderBy(HOLIDAY_CALENDAR.HOLIDAY_DATE)
                .fetch(r -> new HolidayEntry(r.getHolidayDate(), MAKE_UP.equals(r.getKind()), r.getName()));
    }

    /** Years with data, and the published notice each comes from. */
    public Map<Integer, String> years(Tx tx) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(HOLIDAY_YEAR).orderBy(HOLIDAY_YEAR.CALENDAR_YEAR)
                .fetchMap(HOLIDAY_YEAR.CALENDAR_YEAR, HOLIDAY_YEAR.SOURCE);
    }
}
