package org.zhifa.workstation.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/**
 * The 行政处罚 indicators of one year (domain.md §9), each counted in the year its event happened: 立案 by the
 * filing day, 结案 by the closing day, decisions and amounts by the decision day, hearings, reviews, transfers,
 * measures and challenges by their own days.
 *
 * @param decisionsByType penalty decisions counted once each under their heaviest type (R39), every type present
 * @param finesYuan       罚款 decided in the year, yuan
 * @param confiscatedYuan 没收违法所得 and 没收非法财物 decided, yuan
 * @param lenient         从轻 (the discretion tier 从轻)
 * @param mitigated       减轻
 * @param closureRate     结案 ÷ 立案 in per cent, cut as the settings say (null when nothing was filed)
 * @param firstOffenseShare 首违不罚 ÷ 结案 in per cent (null when nothing was closed)
 * @param lightShare      (从轻 + 减轻) ÷ 结案 in per cent
 * @param certificationRate certified ÷ officers in per cent (null without officers)
 */
public record Indicators(
        int year,
        long filed,
        long concluded,
        BigDecimal closureRate,
        Map<PenaltyType, Long> decisionsByType,
        long generalDecisions,
        long onSiteDecisions,
        BigDecimal finesYuan,
        BigDecimal confiscatedYuan,
        long noPenalty,
        long firstOffense,
        long lenient,
        long mitigated,
        BigDecimal firstOffenseShare,
        BigDecimal lightShare,
        long hearings,
        long reviewsPassed,
        long reviewsRejected,
        long reviewsPending,
        long transfers,
        long transfersJudicial,
        long seizureCases,
        long seizureOrders,
        long surcharges,
        long courtEnforcements,
        long reconsiderations,
        long reconsiderationsCorrected,
        long litigations,
        long litigationsLost,
        long officers,
        long certified,
        BigDecimal certificationRate,
        long auxiliaries,
        long reviewers,
        long qualifiedReviewers) {

    public Indicators {
        decisionsByType = Map.copyOf(decisionsByType);
    }

    /** Every penalty decision of the year (each once). */
    public long decisions() {
        return generalDecisions + onSiteDecisions;
    }

    /** 轻罚: 从轻 and 减轻 together (seed 002: 353). */
    public long light() {
        return lenient + mitigated;
    }

    /** 法制审核 concluded in the year (seed 002: 322 = 321 passed + 1 not). */
    public long reviews() {
        return reviewsPassed + reviewsRejected + reviewsPending;
    }

    /** 罚没金额 in yuan. */
    public BigDecimal amountYuan() {
        return finesYuan.add(confiscatedYuan);
    }

    /** 罚没金额 in 万元, two decimals, half up (seed 002: 639.96万元). */
    public BigDecimal amountTenThousand() {
        return tenThousand(amountYuan());
    }

    public static BigDecimal tenThousand(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    /** yuan ÷ 10,000 without rounding (what the workbook stores; it shows two decimals). */
    public static BigDecimal tenThousandExact(BigDecimal yuan) {
        return yuan.movePointLeft(4);
    }

    public long decisionsOf(PenaltyType t) {
        return decisionsByType.getOrDefault(t, 0L);
    }
}
