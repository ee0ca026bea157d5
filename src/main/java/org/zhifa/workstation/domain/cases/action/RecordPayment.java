package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** A payment of the fine (and 加处罚款) (R26, R30). */
public record RecordPayment(
        java.time.LocalDate date,
        String actor,
        java.math.BigDecimal amount,
        java.math.BigDecimal surcharge,
        PaymentChannel channel,
        String receiptNumber) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PAYMENT_RECORDED;
    }
}
