package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The party's periods after a penalty decision and the authority's enforcement window (R31, R32):
 * "reconsideration" (receipt + 60 days; 1 year without a complete remedy clause; on-site: the on-site remedy
 * days), "litigation" (receipt + 6 months, or 1 year; none for on-site decisions: 复议前置), "remedyPeriod" (the
 * period R31 waits for, see {@link RemedyPeriod}) and "courtEnforcementWindow" (3 months after it).
 */
final class RemedyDeadlines implements DeadlineRule {
    private final ExecutionOptions options;

    RemedyDeadlines(ExecutionOptions options) {
        this.options = options;
    }

    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        Optional<LocalDate> received = ServiceDates.effectiveServiceDate(c, ctx);
        if (received.isEmpty() || ExecutionFacts.penalty(c).isEmpty()) {
            return items;
        }
        LocalDate s = received.get();
        LegalCalendar cal = ctx.calendar();
        boolean noClause = ExecutionFacts.remedyClauseIncomplete(c);
        String recLabel = Texts.tr("deadline.reconsideration");
        Deadline rec = ExecutionFacts.onSite(c) ? cal.calendarDaysDeadline(s, options.onSiteRemedyDays(), recLabel)
                : noClause ? cal.yearsDeadline(s, 1, recLabel) : cal.calendarDaysDeadline(s, 60, recLabel);
        items.add(new DeadlineItem("reconsideration", recLabel, "R31", s, rec, filed(c, ChallengeKind.RECONSIDERATION)));
        if (!ExecutionFacts.onSite(c)) {
            String litLabel = Texts.tr("deadline.litigation");
            Deadline lit = noClause ? cal.yearsDeadline(s, 1, litLabel) : cal.monthsDeadline(s, 6, litLabel);
            items.add(new DeadlineItem("litigation", litLabel, "R31", s, lit, filed(c, ChallengeKind.LITIGATION)));
        }
        Optional<RemedyPeriod> period = RemedyPeriod.of(c, ctx, options);
        if (period.isPresent()) {
            RemedyPeriod p = period.get();
            LocalDate asOf = c.actions().getLast().date();
            Settlement settled = Settlement.of(c, ctx, asOf);
            LocalDate paidOn = settled.fine().signum() > 0 && settled.fineOutstanding().signum() == 0
                    ? settled.finePaidOn() : null;
            items.add(new DeadlineItem("remedyPeriod", Texts.tr("deadline.remedyPeriod"),
                    noClause ? "R32" : "R31", p.start(), p.end(), paidOn));
            if (settled.fine().signum() > 0) {
                LocalDate applied = c.last(ApplyCourtEnforcement.class).map(ApplyCourtEnforcement::date).orElse(paidOn);
                items.add(new DeadlineItem("courtEnforcementWindow", Texts.tr("deadline.courtEnforcementWindow"),
                        "R31", p.end().date(), p.window(), applied));
            }
        }
        return items;
    }

    private static LocalDate filed(CaseRecord c, ChallengeKind kind) {
        return c.all(FileChallenge.class).stream().filter(f -> f.kind() == kind).map(FileChallenge::date)
                .findFirst().orElse(null);
    }
}
