package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The party's remedy period and the court-enforcement window after it (R31, R32; domain.md §1.4): the authority
 * may apply to the court only after the period has ended and within 3 months after that (强制法 Art 53;
 * 行诉解释 Art 156).
 *
 * @param variant how the period was computed
 * @param start   the day it counts from (effective service, or the conclusion of the challenge)
 * @param end     its last day
 * @param window  the last day of the court-enforcement window (end + 3 months)
 */
public record RemedyPeriod(RemedyVariant variant, LocalDate start, Deadline end, Deadline window) {

    /** Enforcement window months after the remedy period (强制法 Art 53). */
    public static final int WINDOW_MONTHS = 3;

    /**
     * The remedy period of the case, empty while the decision is not served or a challenge is pending (the period
     * is then open-ended). A 复议 withdrawn by the party leaves the period counted from service.
     */
    public static Optional<RemedyPeriod> of(CaseRecord c, RuleContext ctx, ExecutionOptions options) {
        Optional<LocalDate> served = ServiceDates.effectiveServiceDate(c, ctx);
        List<ExecutionFacts.Challenge> challenges = ExecutionFacts.challenges(c);
        if (served.isEmpty() || challenges.stream().anyMatch(ExecutionFacts.Challenge::pending)) {
            return Optional.empty();
        }
        LegalCalendar cal = ctx.calendar();
        String label = Texts.tr("deadline.remedyPeriod");
        Deadline end;
        RemedyVariant variant;
        LocalDate start;
        var last = challenges.stream().filter(ch -> ch.concluded().result() != ChallengeResult.WITHDRAWN)
                .reduce((a, b) -> b);
        if (last.isPresent()) {
            start = last.get().concluded().date();
            variant = last.get().filed().kind() == ChallengeKind.LITIGATION
                    ? RemedyVariant.AFTER_LITIGATION : RemedyVariant.AFTER_RECONSIDERATION;
            end = cal.calendarDaysDeadline(start, 15, label);
        } else {
            start = served.get();
            if (ExecutionFacts.onSite(c)) {
                variant = RemedyVariant.ON_SITE;
                end = cal.calendarDaysDeadline(start, options.onSiteRemedyDays(), label);
            } else if (ExecutionFacts.remedyClauseIncomplete(c)) {
                variant = RemedyVariant.NO_REMEDY_CLAUSE;
                end = cal.yearsDeadline(start, 1, label);
            } else {
                variant = RemedyVariant.ORDINARY;
                end = cal.monthsDeadline(start, 6, label);
            }
        }
        Deadline window = cal.monthsDeadline(end.date(), WINDOW_MONTHS, Texts.tr("deadline.courtEnforcementWindow"));
        return Optional.of(new RemedyPeriod(variant, start, end, window));
    }

    /** Whether an application on the day lies inside the window: after the period's end, not after the window. */
    public boolean allowsApplicationOn(LocalDate day) {
        return day.isAfter(end.date()) && !day.isAfter(window.date());
    }
}
