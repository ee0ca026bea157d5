package org.zhifa.workstation.domain.procedure.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * 一事不再罚 across cases (Art 29, R10): the case service calls this with the party's other cases before a fine is
 * decided. The same act is the same party (ID number or credit code; the name when neither is recorded), the same
 * catalog matter and the same act date.
 */
public final class DoubleFine {
    private DoubleFine() {
    }

    /** Blocking violations for each other case that already fined the same act. */
    public static List<Violation> check(CaseRecord c, Collection<CaseRecord> others) {
        List<Violation> v = new ArrayList<>();
        for (CaseRecord o : others) {
            if (o == c || Objects.equals(o.caseNo(), c.caseNo()) || !sameAct(c, o)) {
                continue;
            }
            for (CaseAction a : o.actions()) {
                PenaltyTerms p = switch (a) {
                    case Decide d -> d.penalty();
                    case DecideOnSite d -> d.penalty();
                    default -> null;
                };
                if (PenaltyChecks.hasFine(p)) {
                    v.add(Violation.error("R10", "rule.R10.otherCaseFine", o.caseNo(), c.matter().name(), c.actDate()));
                    break;
                }
            }
        }
        return v;
    }

    /** Same party, same matter, same act date. */
    public static boolean sameAct(CaseRecord a, CaseRecord b) {
        return a.matter() != null && b.matter() != null && a.matter().code().equals(b.matter().code())
                && a.actDate() != null && a.actDate().equals(b.actDate()) && sameParty(a.party(), b.party());
    }

    private static boolean sameParty(Party a, Party b) {
        if (a == null || b == null || a.kind() != b.kind()) {
            return false;
        }
        String ia = a.identifier();
        String ib = b.identifier();
        if (ia != null && !ia.isBlank() && ib != null && !ib.isBlank()) {
            return ia.equalsIgnoreCase(ib);
        }
        return a.name() != null && a.name().equals(b.name());
    }
}
