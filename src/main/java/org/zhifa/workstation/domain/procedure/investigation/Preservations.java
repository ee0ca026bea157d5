package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.DecidePreservation;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 先行登记保存 orders and their decisions (R12). A decision names no order, so decisions settle orders first in,
 * first out.
 */
final class Preservations {
    /** Art 56: 七日内 = 7 working days (Art 85). */
    static final int DECISION_WORKING_DAYS = 7;

    record Entry(PreserveEvidence order, DecidePreservation decision) {
        Deadline deadline(LegalCalendar calendar) {
            return calendar.workingDaysDeadline(order.date(), DECISION_WORKING_DAYS, Texts.tr("deadline.preservation"));
        }
    }

    private Preservations() {
    }

    static List<Entry> of(CaseRecord c) {
        List<PreserveEvidence> open = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (CaseAction a : c.actions()) {
            if (a instanceof PreserveEvidence p) {
                open.add(p);
            } else if (a instanceof DecidePreservation d && !open.isEmpty()) {
                entries.add(new Entry(open.removeFirst(), d));
            }
        }
        open.forEach(p -> entries.add(new Entry(p, null)));
        entries.sort((x, y) -> x.order().date().compareTo(y.order().date()));
        return entries;
    }

    /** The oldest order still waiting for its decision. */
    static Optional<Entry> pending(CaseRecord c) {
        return of(c).stream().filter(e -> e.decision() == null).findFirst();
    }

    /** Last day of the decision period of an order. */
    static LocalDate due(Entry e, LegalCalendar calendar) {
        return e.deadline(calendar).date();
    }
}
