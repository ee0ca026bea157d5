package org.zhifa.workstation.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The local choices of the case-file audit (domain.md §6, §11).
 *
 * @param passMark a file is 合格 with no veto finding and at least this score (default 80, the common county
 *                 practice; some counties use 85 or 90 for 优秀 — a setting, not a constant)
 */
public record AuditSettings(BigDecimal passMark) {

    public static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(80);

    public AuditSettings {
        Objects.requireNonNull(passMark, "passMark");
        if (passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("passMark must be 0..100: " + passMark);
        }
    }

    public static AuditSettings defaults() {
        return new AuditSettings(DEFAULT_PASS_MARK);
    }
}
