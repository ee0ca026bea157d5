package org.zhifa.workstation.domain.party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How 已满N周岁 is counted (rule R8, a setting). With {@code fullAgeStartsDayAfterBirthday}
 * (the default, by analogy with the SPC 2006 interpretation Art 2) a person is 已满N周岁 only
 * from the day after the Nth birthday; otherwise from the birthday itself.
 *
 * <p>The Nth birthday is {@code birthDate.plusYears(N)}, so a 02-29 birthday falls on 02-28
 * in a common year.
 */
public record AgeRule(boolean fullAgeStartsDayAfterBirthday) {

    public static final AgeRule DEFAULT = new AgeRule(true);

    /** Completed years (周岁) on {@code date} under this rule. */
    public int fullYears(LocalDate birthDate, LocalDate date) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("日期早于出生日期");
        }
        int years = date.getYear() - birthDate.getYear();
        while (years > 0 && !reached(birthDate.plusYears(years), date)) {
            years--;
        }
        return years;
    }

    public MinorStatus minorStatus(LocalDate birthDate, LocalDate actDate) {
        return MinorStatus.ofFullYears(fullYears(birthDate, actDate));
    }

    private boolean reached(LocalDate birthday, LocalDate date) {
        return fullAgeStartsDayAfterBirthday ? date.isAfter(birthday) : !date.isBefore(birthday);
    }
}
