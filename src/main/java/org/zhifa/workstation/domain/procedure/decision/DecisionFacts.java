package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.calendar.MissingCalendarYearException;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.text.Texts;

/** What the decision part reads from a case's actions. */
public final class DecisionFacts {
    private DecisionFacts() {
    }

    /** The 立案 date: the latest FILE action, else the header. */
    public static Optional<LocalDate> filedOn(CaseRecord c) {
        return c.last(FileCase.class).map(CaseAction::date).or(() -> Optional.ofNullable(c.filedOn()));
    }

    /** The latest 调查终结报告. */
    public static Optional<ConcludeInvestigation> conclusion(CaseRecord c) {
        return c.last(ConcludeInvestigation.class);
    }

    /** The circumstances of the latest conclusion (empty without one). */
    public static Set<Circumstance> circumstances(CaseRecord c) {
        EnumSet<Circumstance> cs = EnumSet.noneOf(Circumstance.class);
        conclusion(c).map(ConcludeInvestigation::circumstances).ifPresent(x -> x.forEach(cs::add));
        return cs;
    }

    /** The latest 事先告知书. */
    public static Optional<ServeNotice> notice(CaseRecord c) {
        return c.last(ServeNotice.class);
    }

    /** The actions of a type recorded after the marker action (all of them when the marker is null). */
    public static <T extends CaseAction> List<T> after(CaseRecord c, CaseAction marker, Class<T> type) {
        List<T> found = new ArrayList<>();
        boolean seen = marker == null;
        for (CaseAction a : c.actions()) {
            if (seen && type.isInstance(a)) {
                found.add(type.cast(a));
            }
            if (a == marker) {
                seen = true;
            }
        }
        return found;
    }

    /** Everyone who took part in the investigation: handlers, 笔录 officers and recorders, measures' officers. */
    public static Set<String> investigators(CaseRecord c) {
        Set<String> codes = new LinkedHashSet<>();
        c.all(FileCase.class).forEach(f -> addAll(codes, f.handlers()));
        for (MakeRecord r : c.all(MakeRecord.class)) {
            addAll(codes, r.officers());
            if (r.recorder() != null) {
                codes.add(r.recorder());
            }
        }
        c.all(PreserveEvidence.class).forEach(p -> addAll(codes, p.officers()));
        c.all(Seize.class).forEach(s -> addAll(codes, s.officers()));
        c.all(PledgeVerified.class).forEach(p -> addAll(codes, p.officers()));
        for (CaseOfficer o : c.officers()) {
            if (o.officer() != null) {
                codes.add(o.officer().code());
            }
        }
        return codes;
    }

    /** The latest hearing at which the party appeared (an absence without reason is a waiver, not a hearing). */
    public static Optional<HoldHearing> hearingHeld(CaseRecord c) {
        HoldHearing found = null;
        for (HoldHearing h : c.all(HoldHearing.class)) {
            if (!h.partyAbsentWithoutReason()) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The latest day D with n working days in (D, day]: the last day a notice may go out n working days ahead
     * (R19). Provisional, on weekdays, when a year lacks holiday data.
     */
    public static Deadline workingDaysBefore(LegalCalendar cal, LocalDate day, int n, String rule) {
        if (n < 1) {
            throw new IllegalArgumentException("period length must be positive: " + n);
        }
        TreeSet<Integer> missing = new TreeSet<>();
        int counted = 0;
        LocalDate d = day;
        while (true) {
            boolean working;
            try {
                working = cal.isWorkingDay(d);
            } catch (MissingCalendarYearException e) {
                missing.add(d.getYear());
                working = d.getDayOfWeek().getValue() <= 5;
            }
            if (working && ++counted == n) {
                break;
            }
            d = d.minusDays(1);
        }
        return new Deadline(d.minusDays(1), missing, Texts.tr("deadline.workingDaysBefore", rule, n, day));
    }

    private static void addAll(Set<String> into, List<String> codes) {
        if (codes != null) {
            codes.stream().filter(x -> x != null && !x.isBlank()).forEach(into::add);
        }
    }
}
