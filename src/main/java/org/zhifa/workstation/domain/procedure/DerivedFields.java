package org.zhifa.workstation.domain.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;

/** The header fields a case's actions determine: 立案, 决定 and 结案 dates, the fine and the confiscated amount. */
final class DerivedFields {
    private DerivedFields() {
    }

    static CaseRecord refresh(CaseRecord c) {
        LocalDate filedOn = c.last(FileCase.class).map(CaseAction::date).orElse(c.filedOn());
        LocalDate decidedOn = c.decidedOn();
        BigDecimal fine = c.fineAmount();
        BigDecimal confiscated = c.confiscatedAmount();
        for (CaseAction a : c.actions()) {
            PenaltyTerms terms = switch (a) {
                case Decide d -> d.penalty();
                case DecideOnSite d -> d.penalty();
                default -> null;
            };
            if (terms != null || a instanceof DecideNoPenalty) {
                decidedOn = a.date();
                fine = terms == null ? null : terms.fine();
                confiscated = terms == null ? null : sum(terms.confiscatedGains(), terms.confiscatedProperty());
            }
        }
        LocalDate closedOn = c.last(CloseCase.class).map(CaseAction::date).orElse(c.closedOn());
        return c.withDerived(filedOn, decidedOn, closedOn, fine, confiscated);
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
