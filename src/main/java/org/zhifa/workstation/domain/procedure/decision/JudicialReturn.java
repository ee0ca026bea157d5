package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import java.util.List;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * A case back from the judicial organs after 移送 (Art 35, R43). The action vocabulary has no "returned" step and no
 * field for the court's 罚金, so this is a pure check the service calls with the amounts it knows: no fine may be
 * imposed after a 罚金; a fine already paid is offset against the 罚金.
 */
public final class JudicialReturn {
    private JudicialReturn() {
    }

    /** A fine decided after the court imposed a 罚金 is blocked. */
    public static List<Violation> check(PenaltyTerms decision, BigDecimal criminalFine) {
        if (criminalFine != null && criminalFine.signum() > 0 && PenaltyChecks.hasFine(decision)) {
            return List.of(Violation.error("R43", "rule.R43.fineAfterCriminalFine", Yuan.format(criminalFine)));
        }
        return List.of();
    }

    /** The part of a paid fine the court offsets against its 罚金 (Art 35 ¶2: 应当折抵相应罚金). */
    public static BigDecimal offset(BigDecimal finePaid, BigDecimal criminalFine) {
        if (finePaid == null || criminalFine == null || finePaid.signum() <= 0 || criminalFine.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return finePaid.min(criminalFine);
    }
}
