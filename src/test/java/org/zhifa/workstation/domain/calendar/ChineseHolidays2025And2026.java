package org.zhifa.workstation.domain.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Test fixture: the State Council holiday schedules for 2025 and 2026. */
public final class ChineseHolidays2025And2026 {

    private ChineseHolidays2025And2026() {
    }

    public static HolidayCalendar calendar() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        // 2025
        range(holidays, "2025-01-01", "2025-01-01"); // 元旦
        range(holidays, "2025-01-28", "2025-02-04"); // 春节
        makeUp.add(LocalDate.parse("2025-01-26"));
        makeUp.add(LocalDate.parse("2025-02-08"));
        range(holidays, "2025-04-04", "2025-04-06"); // 清明
        range(holidays, "2025-05-01", "2025-05-05"); // 劳动节
        makeUp.add(LocalDate.parse("2025-04-27"));
        range(holidays, "2025-05-31", "2025-06-02"); // 端午
        range(holidays, "2025-10-01", "2025-10-08"); // 国庆、中秋
        makeUp.add(LocalDate.parse("2025-09-28"));
        makeUp.add(LocalDate.parse("2025-10-11"));
        // 2026
        range(holidays, "2026-01-01", "2026-01-03"); // 元旦
        makeUp.add(LocalDate.parse("2026-01-04"));
        range(holidays, "2026-02-15", "2026-02-23"); // 春节
        makeUp.add(LocalDate.parse("2026-02-14"));
        makeUp.add(LocalDate.parse("2026-02-28"));
        range(holidays, "2026-04-04", "2026-04-06"); // 清明
        range(holidays, "2026-05-01", "2026-05-05"); // 劳动节
        makeUp.add(LocalDate.parse("2026-05-09"));
        range(holidays, "2026-06-19", "2026-06-21"); // 端午
        range(holidays, "2026-09-25", "2026-09-27"); // 中秋
        range(holidays, "2026-10-01", "2026-10-07"); // 国庆
        makeUp.add(LocalDate.parse("2026-09-20"));
        makeUp.add(LocalDate.parse("2026-10-10"));
        return new HolidayCalendar(holidays, makeUp, Set.of(2025, 2026));
    }

    public static LegalCalendar legalCalendar() {
        return new LegalCalendar(calendar());
    }

    private static void range(Set<LocalDate> into, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(end); d = d.plusDays(1)) {
            into.add(d);
        }
    }
}
