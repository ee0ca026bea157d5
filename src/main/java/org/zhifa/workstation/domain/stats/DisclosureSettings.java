package org.zhifa.workstation.domain.stats;

import java.util.Objects;

/**
 * The 公示 settings (R33; domain.md §11: "公示 scope and deadline").
 *
 * @param scope          which decisions are published (default 普通程序 decisions)
 * @param publishDays    published within N working days of the decision (default 7, 国办发〔2018〕118号 [S]; the
 *                       procedure settings' publicationDays is the usual source)
 * @param withdrawDays   withdrawn within N working days after a change, revocation or finding (Art 48 ¶2: 3)
 */
public record DisclosureSettings(DisclosureScope scope, int publishDays, int withdrawDays) {

    public DisclosureSettings {
        Objects.requireNonNull(scope, "scope");
        if (publishDays < 1 || withdrawDays < 1) {
            throw new IllegalArgumentException("days must be positive");
        }
    }

    public static DisclosureSettings defaults() {
        return new DisclosureSettings(DisclosureScope.GENERAL_PROCEDURE, 7, 3);
    }

    /** Whether a decision of the kind is published under this scope. */
    public boolean inScope(DecisionKind kind) {
        return kind == DecisionKind.PENALTY || (kind == DecisionKind.ON_SITE && scope == DisclosureScope.ALL_PENALTIES);
    }
}
