package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ExtendSeizure;
import org.zhifa.workstation.domain.cases.action.ReleaseSeizure;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 查封/扣押 measures with their extensions and release (R13). Extensions and releases name no measure, so they apply
 * to the oldest measure still in force.
 */
final class Seizures {
    /** 行政强制法 Art 25: 不得超过三十日 (calendar days). */
    static final int MAX_DAYS = 30;
    /** 行政强制法 Art 25: one extension, 延长期限不得超过三十日. */
    static final int MAX_EXTENSION_DAYS = 30;

    record Entry(Seize order, List<ExtendSeizure> extensions, ReleaseSeizure release) {
        int extensionDays() {
            return extensions.stream().mapToInt(ExtendSeizure::days).filter(d -> d > 0).sum();
        }

        /** The period as it stands: 30 days from the order plus the approved extension, rolled to a working day. */
        Deadline deadline(LegalCalendar calendar) {
            return calendar.calendarDaysDeadline(order.date(), MAX_DAYS + extensionDays(), Texts.tr("deadline.seizure"));
        }

        /** The original 30-day period without extension. */
        LocalDate originalLastDay(LegalCalendar calendar) {
            return calendar.calendarDaysDeadline(order.date(), MAX_DAYS, Texts.tr("deadline.seizure")).date();
        }
    }

    private Seizures() {
    }

    static List<Entry> of(CaseRecord c) {
        List<Seize> orders = new ArrayList<>();
        List<List<ExtendSeizure>> extensions = new ArrayList<>();
        List<ReleaseSeizure> releases = new ArrayList<>();
        for (CaseAction a : c.actions()) {
            int active = releases.size();
            if (a instanceof Seize s) {
                orders.add(s);
                extensions.add(new ArrayList<>());
            } else if (a instanceof ExtendSeizure e && active < orders.size()) {
                extensions.get(active).add(e);
            } else if (a instanceof ReleaseSeizure r && active < orders.size()) {
                releases.add(r);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            entries.add(new Entry(orders.get(i), List.copyOf(extensions.get(i)), i < releases.size() ? releases.get(i) : null));
        }
        return entries;
    }

    /** The oldest measure not yet released. */
    static Optional<Entry> active(CaseRecord c) {
        return of(c).stream().filter(e -> e.release() == null).findFirst();
    }
}
