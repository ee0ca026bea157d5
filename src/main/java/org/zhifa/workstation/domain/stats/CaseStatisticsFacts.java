package org.zhifa.workstation.domain.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.TerminateCase;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.discretion.DiscretionResult;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;

/**
 * What the annual statistics (统计年报, domain.md §9) need to know about one case, derived from its actions alone.
 * The store keeps these facts in indexed columns of {@code case_file} (migration V6) so that the statistics are SQL
 * aggregates; {@link #of} is the only place they are computed.
 *
 * @param decisionKind          the latest decision's kind, or null when the case has none
 * @param penaltyMask           the penalty types of the latest penalty decision as a bit set ({@link #bit}); 0 for none
 * @param noPenaltyGround       the ground of a 不予处罚 decision, else null
 * @param firstOffense          a 不予处罚 decision on the 首违不罚 ground (Art 33 ¶1 s.2)
 * @param discretionTier        the 裁量 tier of a penalty decision (LENIENT 从轻, MITIGATED 减轻, ORDINARY, SEVERE) as the
 *                              discretion engine finds it from the matter, the party and the circumstances; null for
 *                              none (no penalty decision, or no matter)
 * @param concludedOn           结案 of a filed (立案) case: the CLOSED action, else the 撤案 or 终止 that ended it; null for a
 *                              case never filed (an on-site decision is counted among the decisions, not as 立案/结案)
 * @param hearingOn             the day a hearing was held with the party present (absence without reason = waiver)
 * @param reviewOn              the day of the latest 法制审核意见
 * @param reviewResult          its conclusion
 * @param transferredOn         the day of the latest 移送
 * @param transferTarget        to the competent body or to judicial organs
 * @param seizureOn             the day of the first 查封/扣押
 * @param seizureCount          how many 查封/扣押 orders the case has
 * @param surchargeOn           the first payment that included 加处罚款
 * @param courtEnforcementOn    the first 申请法院强制执行
 * @param reconsiderationOn     the first 行政复议 filed against the decision
 * @param reconsiderationCorrectedOn a 复议 that changed, revoked or found the decision unlawful or void (纠错)
 * @param litigationOn          the first 行政诉讼 filed
 * @param litigationLostOn      a suit the authority lost (the court changed, revoked or voided the decision)
 * @param publishedOn           the first 公示 on or after the latest decision
 * @param withdrawalDueFrom     a 复议/诉讼 result after which the live publication must be withdrawn, not yet withdrawn
 */
public record CaseStatisticsFacts(
        DecisionKind decisionKind,
        int penaltyMask,
        NoPenaltyGround noPenaltyGround,
        boolean firstOffense,
        TierLevel discretionTier,
        LocalDate concludedOn,
        LocalDate hearingOn,
        LocalDate reviewOn,
        ReviewConclusion reviewResult,
        LocalDate transferredOn,
        TransferTarget transferTarget,
        LocalDate seizureOn,
        int seizureCount,
        LocalDate surchargeOn,
        LocalDate courtEnforcementOn,
        LocalDate reconsiderationOn,
        LocalDate reconsiderationCorrectedOn,
        LocalDate litigationOn,
        LocalDate litigationLostOn,
        LocalDate publishedOn,
        LocalDate withdrawalDueFrom) {

    /**
     * The version of this derivation. Rows written with an older version (0: before migration V6) are recomputed
     * before the statistics aggregate; raise it whenever {@link #of} changes what it derives.
     */
    public static final int VERSION = 1;

    /** Results of a 复议/诉讼 that correct the decision (复议纠错, 诉讼败诉); also what requires withdrawing a 公示. */
    private static final Set<ChallengeResult> CORRECTING = EnumSet.of(ChallengeResult.CHANGED, ChallengeResult.REVOKED,
            ChallengeResult.CONFIRMED_UNLAWFUL, ChallengeResult.CONFIRMED_VOID);

    /** The facts of a case with no actions. */
    public static final CaseStatisticsFacts NONE = new CaseStatisticsFacts(null, 0, null, false, null, null, null,
            null, null, null, null, null, 0, null, null, null, null, null, null, null, null);

    /** Derives the facts from the case's actions (the header's derived dates are not trusted). */
    public static CaseStatisticsFacts of(CaseRecord c) {
        DecisionKind kind = null;
        PenaltyTerms terms = null;
        CaseAction decision = null;
        NoPenaltyGround ground = null;
        LocalDate concluded = null;
        LocalDate hearing = null;
        RecordReviewOpinion review = null;
        Transfer transfer = null;
        LocalDate seizure = null;
        int seizures = 0;
        LocalDate surcharge = null;
        LocalDate court = null;
        LocalDate reconsideration = null;
        LocalDate reconsiderationCorrected = null;
        LocalDate litigation = null;
        LocalDate litigationLost = null;
        LocalDate published = null;
        boolean live = false;
        LocalDate withdrawalDue = null;
        for (CaseAction a : c.actions()) {
            switch (a) {
                case Decide d -> {
                    kind = DecisionKind.PENALTY;
                    terms = d.penalty();
                    decision = d;
                    ground = null;
                    published = null;
                }
                case DecideOnSite d -> {
                    kind = DecisionKind.ON_SITE;
                    terms = d.penalty();
                    decision = d;
                    ground = null;
                    published = null;
                }
                case DecideNoPenalty d -> {
                    kind = DecisionKind.NO_PENALTY;
                    terms = null;
                    decision = d;
                    ground = d.ground();
                    published = null;
                }
                case CloseCase x -> concluded = x.date();
                case WithdrawCase x -> concluded = concluded == null ? x.date() : concluded;
                case TerminateCase x -> concluded = concluded == null ? x.date() : concluded;
                case HoldHearing h -> {
                    if (!h.partyAbsentWithoutReason()) {
                        hearing = h.date();
                    }
                }
                case RecordReviewOpinion r -> review = r;
                case Transfer t -> transfer = t;
                case Seize s -> {
                    seizures++;
                    seizure = seizure == null ? s.date() : seizure;
                }
                case RecordPayment p -> {
                    if (surcharge == null && p.surcharge() != null && p.surcharge().signum() > 0) {
                        surcharge = p.date();
                    }
                }
                case ApplyCourtEnforcement x -> court = court == null ? x.date() : court;
                case FileChallenge f -> {
                    if (f.kind() == ChallengeKind.RECONSIDERATION) {
                        reconsideration = reconsideration == null ? f.date() : reconsideration;
                    } else {
                        litigation = litigation == null ? f.date() : litigation;
                    }
                }
                case ConcludeChallenge k -> {
                    if (CORRECTING.contains(k.result())) {
                        if (k.kind() == ChallengeKind.RECONSIDERATION) {
                            reconsiderationCorrected = reconsiderationCorrected == null ? k.date() : reconsiderationCorrected;
                        } else {
                            litigationLost = litigationLost == null ? k.date() : litigationLost;
                        }
                        if (live && withdrawalDue == null) {
                            withdrawalDue = k.date();
                        }
                    }
                }
                case Publish p -> {
                    live = true;
                    if (published == null && decision != null && !p.date().isBefore(decision.date())) {
                        published = p.date();
                    }
                }
                case WithdrawPublication w -> {
                    live = false;
                    withdrawalDue = null;
                }
                default -> {
                }
            }
        }
        if (!c.has(FileCase.class)) {
            // 结案 is counted against 立案: a case never filed (an on-site decision, a lead not filed) is not 结案
            concluded = null;
        }
        int mask = terms == null ? 0 : mask(terms.types());
        TierLevel tier = kind != null && kind.penalizes() ? tier(c, terms, decision) : null;
        return new CaseStatisticsFacts(kind, mask, ground, ground == NoPenaltyGround.FIRST_OFFENSE, tier, concluded,
                hearing, review == null ? null : review.date(), review == null ? null : review.conclusion(),
                transfer == null ? null : transfer.date(), transfer == null ? null : transfer.target(), seizure, seizures,
                surcharge, court, reconsideration, reconsiderationCorrected, litigation, litigationLost, published,
                withdrawalDue);
    }

    /**
     * The tier the discretion engine assigns to the decided fine (从轻 / 减轻 come from the Art 30–32 grounds and a
     * fine below the statutory minimum). Never fails: a case the engine cannot assess has no tier.
     */
    private static TierLevel tier(CaseRecord c, PenaltyTerms terms, CaseAction decision) {
        if (c.matter() == null) {
            return null;
        }
        try {
            BigDecimal fine = terms == null ? null : terms.fine();
            String departure = decision instanceof Decide d ? d.departureReason() : null;
            DiscretionResult r = CaseDiscretion.assess(c, fine, departure);
            return r.tier();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the penalty decision was 从轻 or 减轻 (the seed's "轻罚"). */
    public boolean lenient() {
        return discretionTier == TierLevel.LENIENT || discretionTier == TierLevel.MITIGATED;
    }

    /**
     * The stored bit of a penalty type. Fixed per type name (not the enum's ordinal), because the bits live in the
     * database: WARNING 1, CRITICISM 2, FINE 4, CONFISCATE_ILLEGAL_GAINS 8, CONFISCATE_PROPERTY 16, SUSPEND_LICENSE 32,
     * LOWER_QUALIFICATION 64, RESTRICT_OPERATION 128, ORDER_SUSPENSION 256, ORDER_CLOSURE 512, RESTRICT_EMPLOYMENT 1024,
     * REVOKE_LICENSE 2048, OTHER 4096.
     */
    public static int bit(PenaltyType t) {
        return switch (t) {
            case WARNING -> 1;
            case CRITICISM -> 1 << 1;
            case FINE -> 1 << 2;
            case CONFISCATE_ILLEGAL_GAINS -> 1 << 3;
            case CONFISCATE_PROPERTY -> 1 << 4;
            case SUSPEND_LICENSE -> 1 << 5;
            case LOWER_QUALIFICATION -> 1 << 6;
            case RESTRICT_OPERATION -> 1 << 7;
            case ORDER_SUSPENSION -> 1 << 8;
            case ORDER_CLOSURE -> 1 << 9;
            case RESTRICT_EMPLOYMENT -> 1 << 10;
            case REVOKE_LICENSE -> 1 << 11;
            case OTHER -> 1 << 12;
        };
    }

    /** The bit set of the types. */
    public static int mask(Set<PenaltyType> types) {
        int m = 0;
        if (types != null) {
            for (PenaltyType t : types) {
                m |= bit(t);
            }
        }
        return m;
    }

    /** The types of a bit set. */
    public static Set<PenaltyType> types(int mask) {
        Set<PenaltyType> s = EnumSet.noneOf(PenaltyType.class);
        for (PenaltyType t : PenaltyType.values()) {
            if ((mask & bit(t)) != 0) {
                s.add(t);
            }
        }
        return s;
    }
}
