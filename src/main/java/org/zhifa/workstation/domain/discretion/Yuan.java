package org.zhifa.workstation.domain.discretion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as officers write them in documents: "200", "1500.50" (no grouping, cents only when present). */
public final class Yuan {
    private Yuan() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return cents.stripTrailingZeros().scale() <= 0 ? cents.toBigInteger().toString() : cents.toPlainString();
    }
}
