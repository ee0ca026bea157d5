package org.zhifa.workstation.domain.discretion;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.TierLevel;

/**
 * What the discretion engine found.
 *
 * @param request       the input
 * @param noPenalty     what Art 33 says (R9)
 * @param tier          the tier the circumstances lead to (NO_PENALTY when Art 33 applies and no fine is proposed,
 *                      or always when it is mandatory)
 * @param benchmarkTier the benchmark tier used for the range, or null when the matter has none for that level
 * @param rangeMin      the lower end of the allowed range in yuan (exclusive zero for a 减轻 below the minimum), or null
 * @param rangeMax      the upper end in yuan, or null when it cannot be computed (no fine, or a multiple without base)
 * @param statutoryMin  the statutory minimum in yuan, or null
 * @param statutoryMax  the statutory maximum in yuan, or null
 * @param suggestedFine the middle of the range rounded (see {@link DiscretionEngine}), or null
 * @param issues        what is wrong with the proposed fine
 * @param sentence      the discretion statement the decision carries (R23)
 */
public record DiscretionResult(
        DiscretionRequest request,
        NoPenaltyAdvice noPenalty,
        TierLevel tier,
        DiscretionTier benchmarkTier,
        BigDecimal rangeMin,
        BigDecimal rangeMax,
        BigDecimal statutoryMin,
        BigDecimal statutoryMax,
        BigDecimal suggestedFine,
        Set<DiscretionIssue> issues,
        String sentence) {

    public DiscretionResult {
        EnumSet<DiscretionIssue> copy = EnumSet.noneOf(DiscretionIssue.class);
        copy.addAll(issues);
        issues = Collections.unmodifiableSet(copy);
    }

    public BigDecimal proposedFine() {
        return request.proposedFine();
    }

    /** The fine lies outside the benchmark tier: a written reason is needed (Art 34), and review/deliberation per settings. */
    public boolean departure() {
        return issues.contains(DiscretionIssue.OUTSIDE_TIER);
    }

    /** A departure with no written reason. */
    public boolean departureReasonMissing() {
        return departure() && (request.departureReason() == null || request.departureReason().isBlank());
    }

    /** No issue that a reason cannot cure. */
    public boolean lawful() {
        return issues.stream().noneMatch(DiscretionIssue::unlawful);
    }

    /** 法制审核 required for this fine when departures trigger it (setting reviewOnDeparture, R11). */
    public boolean requiresReview(boolean reviewOnDeparture) {
        return reviewOnDeparture && departure();
    }

    /** 集体讨论 required for this fine when departures trigger it (setting deliberationOnDeparture, R11). */
    public boolean requiresDeliberation(boolean deliberationOnDeparture) {
        return deliberationOnDeparture && departure();
    }
}
