package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zhifa.workstation.domain.calendar.Deadline;

/**
 * One legal period of a case: what it is for, the rule behind it, when it started, when it ends, and whether it
 * was met (metOn) — for the stepper, 待办 and {@code case show --json}.
 *
 * @param key   stable identifier, e.g. "decision", "representation", "payment"
 * @param label Chinese label from the bundle
 */
public record DeadlineItem(String key, String label, String rule, LocalDate start, Deadline deadline, LocalDate metOn) {

    public boolean open() {
        return metOn == null;
    }

    /** Overdue on the day: still open after its last day, or met after it. */
    public boolean overdue(LocalDate asOf) {
        LocalDate due = deadline.date();
        return metOn == null ? asOf.isAfter(due) : metOn.isAfter(due);
    }

    /** Share of the period elapsed on the day (0 at the start, 1 on the last day); the UI turns amber at 0.8. */
    public double elapsed(LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(start, deadline.date());
        if (total <= 0) {
            return asOf.isBefore(deadline.date()) ? 0 : 1;
        }
        return Math.max(0, (double) ChronoUnit.DAYS.between(start, asOf) / total);
    }
}
