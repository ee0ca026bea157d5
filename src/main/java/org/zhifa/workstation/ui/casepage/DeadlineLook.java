package org.zhifa.workstation.ui.casepage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.text.Texts;

/**
 * How a deadline looks on a day: red when overdue, amber when at least 80 % of the period has passed, grey when
 * met (or, for a party's window, ended), plain otherwise; the days left in words; the warning of a provisional deadline (a year without holidays).
 */
public record DeadlineLook(Tone tone, String daysText, String warning) {

    /** Share of the period from which an open deadline turns amber. */
    public static final double SOON = 0.8;

    public enum Tone {
        OVERDUE, SOON, OPEN, MET;

        public String styleClass() {
            return switch (this) {
                case OVERDUE -> "deadline-overdue";
                case SOON -> "deadline-soon";
                case OPEN -> "deadline-open";
                case MET -> "deadline-met";
            };
        }
    }

    public static DeadlineLook of(DeadlineItem d, LocalDate today) {
        String warning = d.deadline().warning().orElse(null);
        LocalDate due = d.deadline().date();
        if (d.partyWindow() && !d.runningOn(today)) {
            // the party's window (陈述申辩, 听证申请, 复议, 诉讼) ends; it is never the authority's delay
            String text = d.metOn() != null ? Texts.tr("ui.deadline.windowClosed", d.metOn().toString())
                    : Texts.tr("ui.deadline.windowEnded", due.toString());
            return new DeadlineLook(Tone.MET, text, warning);
        }
        if (!d.open()) {
            String text = d.overdue(today) ? Texts.tr("ui.deadline.metLate", d.metOn().toString())
                    : Texts.tr("ui.deadline.met", d.metOn().toString());
            return new DeadlineLook(Tone.MET, text, warning);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (d.overdue(today)) {
            return new DeadlineLook(Tone.OVERDUE, Texts.tr("ui.deadline.overdue", -left), warning);
        }
        String text = left == 0 ? Texts.tr("ui.deadline.dueToday") : Texts.tr("ui.deadline.daysLeft", left);
        return new DeadlineLook(d.elapsed(today) >= SOON ? Tone.SOON : Tone.OPEN, text, warning);
    }

    /** Still to be watched on the day: an open duty (even overdue), or a party's window still running. */
    static boolean active(DeadlineItem d, LocalDate today) {
        return d.partyWindow() ? d.runningOn(today) : d.open();
    }

    /** Open deadlines first (overdue ones, then by due date), the met ones after them (latest first). */
    public static List<DeadlineItem> sorted(List<DeadlineItem> items, LocalDate today) {
        List<DeadlineItem> open = items.stream().filter(d -> active(d, today))
                .sorted(Comparator.comparing((DeadlineItem d) -> !d.overdue(today)).thenComparing(d -> d.deadline().date()))
                .toList();
        List<DeadlineItem> met = items.stream().filter(d -> !active(d, today))
                .sorted(Comparator.comparing((DeadlineItem d) -> d.deadline().date()).reversed())
                .toList();
        List<DeadlineItem> all = new java.util.ArrayList<>(open);
        all.addAll(met);
        return all;
    }
}
