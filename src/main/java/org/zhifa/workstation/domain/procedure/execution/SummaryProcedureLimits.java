package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/** R24: the 简易程序 is only for a 警告 or a fine up to ¥200 (公民) or ¥3,000 (法人/其他组织) (Art 51). */
public final class SummaryProcedureLimits {
    public static final BigDecimal INDIVIDUAL_LIMIT = new BigDecimal("200.00");
    public static final BigDecimal ORGANIZATION_LIMIT = new BigDecimal("3000.00");
    private static final Set<PenaltyType> ALLOWED = EnumSet.of(PenaltyType.WARNING, PenaltyType.FINE);

    private SummaryProcedureLimits() {
    }

    public static BigDecimal fineLimit(PartyKind kind) {
        return kind == PartyKind.ORGANIZATION ? ORGANIZATION_LIMIT : INDIVIDUAL_LIMIT;
    }

    /** The R24 violations of an on-site penalty for a party of the kind (empty when it may be decided on site). */
    public static List<Violation> check(PartyKind kind, PenaltyTerms penalty) {
        List<Violation> v = new ArrayList<>();
        if (penalty == null || penalty.types() == null || penalty.types().isEmpty()) {
            v.add(Violation.error("R24", "rule.R24.noPenalty"));
            return v;
        }
        for (PenaltyType t : penalty.types()) {
            if (!ALLOWED.contains(t)) {
                v.add(Violation.error("R24", "rule.R24.typeNotAllowed", Texts.label(t)));
            }
        }
        BigDecimal fine = penalty.fine();
        if (penalty.types().contains(PenaltyType.FINE)) {
            if (fine == null || fine.signum() <= 0) {
                v.add(Violation.error("R24", "rule.R24.fineMissing"));
            } else if (fine.compareTo(fineLimit(kind)) > 0) {
                v.add(Violation.error("R24", "rule.R24.fineTooHigh", ExecutionFacts.yuan(fine),
                        Texts.label(kind), ExecutionFacts.yuan(fineLimit(kind))));
            }
        } else if (fine != null && fine.signum() > 0) {
            v.add(Violation.error("R24", "rule.R24.fineWithoutType", ExecutionFacts.yuan(fine)));
        }
        return v;
    }
}
