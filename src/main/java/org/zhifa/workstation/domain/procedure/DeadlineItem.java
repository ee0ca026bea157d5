package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.zhifa.workstation.domain.calendar.Deadline;

/**
 * One legal period of a case: what it is for, the rule behind it, when it started, when it ends, and whether it
 * was met (metOn) — for the stepper, 待办 and {@code case show --json}.
 *
 * @param key   stable identifier, e.g. "decision", "representation", "payment"
 * @param label Chinese label from the bundle
 */
public record DeadlineItem(String key, String label, String rule, LocalDate start, Deadline deadline, LocalDate metOn) {

    /** Periods that belong to the party (a window to act in), not duties of the authority: they end, they are never overdue. */
    private static final Set<String> PARTY_WINDOWS = Set.of("representation", "hearingRequest", "reconsideration",
            "litigation", "remedyPeriod");

    public boolean open() {
        return metOn == null;
    }

    /** Whether this is the party's window rather than something the authority must do by the date. */
    public boolean partyWindow() {
        return PARTY_WINDOWS.contains(key);
    }

    /** Still running on the day: not met and (for a party's window) not yet past its last day. */
    public boolean runningOn(LocalDate asOf) {
        return metOn == null && !(partyWindow() && asOf.isAfter(deadline.date()));
    }

    /** Overdue on the day: an authority's duty still open after its last day, or met after it. A party's window never is. */
    public boolean overdue(LocalDate asOf) {
        if (partyWindow()) {
            return false;
        }
        LocalDate due = deadline.date();
        return metOn == null ? asOf.isAfter(due) : metOn.isAfter(due);
    }

    /** OPEN, OVERDUE, MET, MET_LATE for duties; OPEN or ENDED for a party's window. */
    public String status(LocalDate asOf) {
        if (partyWindow()) {
            return metOn == null && !asOf.isAfter(deadline.date()) ? "OPEN" : "ENDED";
        }
        if (open()) {
            return overdue(asOf) ? "OVERDUE" : "OPEN";
        }
        return overdue(asOf) ? "MET_LATE" : "MET";
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
