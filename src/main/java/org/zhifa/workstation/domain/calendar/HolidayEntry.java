package org.zhifa.workstation.domain.calendar;

import java.time.LocalDate;

/** One day of the published holiday schedule: a day off, or a 调休 make-up working day. */
public record HolidayEntry(LocalDate date, boolean makeUpWorkday, String name) {
}
