package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ExcludePeriod;
import org.zhifa.workstation.domain.cases.action.ExtendDecisionPeriod;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The 90-day decision period of Art 60 (R22): from the 立案 day (not counted), plus approved extensions, plus the
 * excluded days (中止, hearing, 公告, 鉴定: each day counted once however the periods overlap), its last day moved
 * to the next working day.
 */
public final class DecisionPeriod {
    /** Art 60: 九十日. */
    public static final int DAYS = 90;

    private DecisionPeriod() {
    }

    public static int extensionDays(CaseRecord c) {
        return c.all(ExtendDecisionPeriod.class).stream().mapToInt(e -> Math.max(0, e.days())).sum();
    }

    /** Days inside the excluded periods, both ends included, overlaps counted once. */
    public static int excludedDays(CaseRecord c) {
        Set<LocalDate> days = new TreeSet<>();
        for (ExcludePeriod e : c.all(ExcludePeriod.class)) {
            if (e.from() != null && e.to() != null) {
                for (LocalDate d = e.from(); !d.isAfter(e.to()); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        return days.size();
    }

    /** The last day for the decision, or empty before 立案. */
    public static Optional<Deadline> deadline(CaseRecord c, LegalCalendar cal) {
        return DecisionFacts.filedOn(c).map(filed -> cal.calendarDaysDeadline(filed,
                DAYS + extensionDays(c) + excludedDays(c), Texts.tr("deadline.decision")));
    }
}
