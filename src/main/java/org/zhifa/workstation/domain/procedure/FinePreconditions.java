package org.zhifa.workstation.domain.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.catalog.FinePrecondition;

/**
 * A fine whose article first orders correction ("逾期不改正的，处…", "拒不改正的，处…") needs that order on file:
 * for 逾期不改正 its deadline must have passed; for 拒不改正 the refusal may come on the day of the order.
 */
public final class FinePreconditions {
    private FinePreconditions() {
    }

    public static List<Violation> check(CaseRecord c, PenaltyTerms penalty, LocalDate on) {
        if (c.matter() == null || penalty == null || penalty.fine() == null || penalty.fine().compareTo(BigDecimal.ZERO) <= 0) {
            return List.of();
        }
        FinePrecondition precondition = c.matter().finePrecondition();
        if (precondition != FinePrecondition.OVERDUE_UNCORRECTED && precondition != FinePrecondition.REFUSED_CORRECTION) {
            return List.of();
        }
        Optional<OrderCorrection> order = c.last(OrderCorrection.class);
        if (order.isEmpty()) {
            return List.of(Violation.error("PRE", "rule.PRE.noCorrectionOrder", c.matter().penaltyProvision()));
        }
        LocalDate deadline = order.get().deadline();
        boolean passed = deadline != null && (precondition == FinePrecondition.REFUSED_CORRECTION
                ? !deadline.isAfter(on) : deadline.isBefore(on));
        return passed ? List.of() : List.of(Violation.error("PRE", "rule.PRE.correctionNotOverdue", deadline));
    }
}
