package org.zhifa.workstation.domain.procedure.investigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/**
 * One version of a penalty article (R7, Art 37): when it was in force, whether it still punishes the act, and the
 * penalty it provides. The catalog does not carry versions yet; this is the value type it will hold.
 *
 * @param provision  the article as cited, e.g. "《殡葬管理条例》第二十条"
 * @param validFrom  first day in force
 * @param validTo    last day in force; null while in force
 * @param punishable false when the version no longer treats the act as a violation
 * @param types      penalty types it provides
 * @param fineMin    lowest fine (null without a fine)
 * @param fineMax    highest fine (null without a fine)
 */
public record ArticleVersion(
        String provision,
        LocalDate validFrom,
        LocalDate validTo,
        boolean punishable,
        Set<PenaltyType> types,
        BigDecimal fineMin,
        BigDecimal fineMax) {

    public ArticleVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        types = Set.copyOf(types);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom: " + provision);
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Lighter: no longer punishable; else a lighter heaviest type; else a lower maximum, then a lower minimum fine. */
    public boolean lighterThan(ArticleVersion other) {
        return SEVERITY.compare(this, other) < 0;
    }

    private static final Comparator<ArticleVersion> SEVERITY = Comparator
            .comparing(ArticleVersion::punishable)
            .thenComparingInt(ArticleVersion::heaviestType)
            .thenComparing(v -> v.fineMax == null ? BigDecimal.ZERO : v.fineMax)
            .thenComparing(v -> v.fineMin == null ? BigDecimal.ZERO : v.fineMin);

    private int heaviestType() {
        return types.stream().mapToInt(Enum::ordinal).max().orElse(-1);
    }

    /**
     * The version to apply (Art 37 从旧兼从轻): the one in force on the act date, unless the one in force on the
     * decision date is lighter (or no longer punishes the act). Empty when no version was in force on the act date:
     * there is no legal basis to punish.
     */
    public static Optional<ArticleVersion> applicable(List<ArticleVersion> versions, LocalDate actDate, LocalDate decisionDate) {
        Optional<ArticleVersion> atAct = versions.stream().filter(v -> v.inForceOn(actDate)).findFirst();
        if (atAct.isEmpty()) {
            return Optional.empty();
        }
        Optional<ArticleVersion> atDecision = decisionDate == null ? Optional.empty()
                : versions.stream().filter(v -> v.inForceOn(decisionDate)).findFirst();
        if (atDecision.isPresent() && atDecision.get().lighterThan(atAct.get())) {
            return atDecision;
        }
        return atAct;
    }
}
