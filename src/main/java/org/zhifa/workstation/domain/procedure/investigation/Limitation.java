package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.LimitationPeriod;
import org.zhifa.workstation.domain.cases.CaseRecord;

/** R6 (Art 36): the act date plus the matter's limitation years (2, or 5 for health or financial harm). */
final class Limitation {
    private Limitation() {
    }

    static LimitationPeriod period(CaseRecord c) {
        int years = c.matter() == null ? 0 : c.matter().limitationYears();
        return years > 0 ? new LimitationPeriod(years) : LimitationPeriod.ordinary();
    }

    /** The last day on which the case may still be filed; empty when the act date is unknown. */
    static Optional<LocalDate> lastDay(CaseRecord c) {
        return c.actDate() == null ? Optional.empty() : Optional.of(period(c).lastDay(c.actDate()));
    }

    /** True when filing on the day is too late: only 不予处罚 remains. */
    static boolean expiredOn(CaseRecord c, LocalDate day) {
        return lastDay(c).map(day::isAfter).orElse(false);
    }
}
