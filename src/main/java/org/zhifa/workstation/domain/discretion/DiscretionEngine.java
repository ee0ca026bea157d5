package org.zhifa.workstation.domain.discretion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The 裁量 engine: from a matter, the party kind and the circumstances ticked to the tier, its range, a suggested
 * fine, what is wrong with a proposed fine, and the sentence the decision carries.
 *
 * <p>Tier choice (first that applies):
 * <ol>
 *   <li>Art 33 ¶1 s.1 holds (see {@link CircumstanceRules}) → NO_PENALTY, mandatory; any fine is unlawful.</li>
 *   <li>Art 33 ¶1 s.2 holds on a matter on the 首违不罚 list and no fine is proposed → NO_PENALTY suggested. When a
 *       fine is proposed anyway the steps below apply.</li>
 *   <li>An Art 30–32 ground and 减轻 chosen, or a fine below the statutory minimum proposed → MITIGATED.</li>
 *   <li>A mandatory 从轻/减轻 ground (whatever else is ticked), or the optional Art 31 ground without aggravating
 *       circumstances → LENIENT.</li>
 *   <li>An aggravating circumstance → SEVERE.</li>
 *   <li>Otherwise ORDINARY.</li>
 * </ol>
 * The range is the matter's tier of that level for the party kind (a tier for the party's kind wins over one for
 * both); without such a tier, MITIGATED ranges from zero (exclusive) to the statutory minimum and the other levels
 * fall back to the statutory range. Fines expressed as a multiple or per unit are converted with the request's
 * fineBase; without it no yuan range exists and amounts are not checked.
 *
 * <p>Suggested fine: the middle of the range rounded half up to 10 yuan when below 1,000, to 100 yuan when below
 * 100,000, and to 1,000 yuan above, kept inside the range.
 */
public final class DiscretionEngine {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private DiscretionEngine() {
    }

    public static DiscretionResult assess(DiscretionRequest r) {
        CatalogMatter m = r.matter();
        Set<Circumstance> cs = r.circumstances();
        NoPenaltyAdvice advice = CircumstanceRules.noPenaltyAdvice(cs, m);
        BigDecimal proposed = r.proposedFine() == null || r.proposedFine().signum() <= 0 ? null : r.proposedFine();
        BigDecimal scale = scale(m, r.fineBase());
        BigDecimal statMin = scale == null ? null : times(m.fineMin() == null ? BigDecimal.ZERO : m.fineMin(), scale);
        BigDecimal statMax = scale == null || m.fineMax() == null ? null : times(m.fineMax(), scale);
        Set<DiscretionIssue> issues = EnumSet.noneOf(DiscretionIssue.class);

        if (advice == NoPenaltyAdvice.MUST || (advice == NoPenaltyAdvice.MAY && proposed == null)) {
            if (proposed != null) {
                issues.add(DiscretionIssue.NO_PENALTY_MANDATORY);
            }
            String sentence = basis(m) + circumstances(cs) + (advice == NoPenaltyAdvice.MUST
                    ? Texts.tr("discretion.noPenaltyMust") : Texts.tr("discretion.noPenaltyMay"));
            return new DiscretionResult(r, advice, TierLevel.NO_PENALTY, tier(m, TierLevel.NO_PENALTY, r.partyKind()),
                    null, null, statMin, statMax, null, issues, sentence);
        }

        boolean ground = CircumstanceRules.mitigatingGround(cs);
        boolean mandatory = CircumstanceRules.mandatoryMitigation(cs);
        boolean aggravating = CircumstanceRules.aggravating(cs);
        boolean below = proposed != null && statMin != null && proposed.compareTo(statMin) < 0;
        TierLevel level;
        if (ground && (below || (r.mitigationChosen() && proposed == null))) {
            level = TierLevel.MITIGATED;
        } else if (mandatory || (ground && !aggravating)) {
            level = TierLevel.LENIENT;
        } else if (aggravating) {
            level = TierLevel.SEVERE;
        } else {
            level = TierLevel.ORDINARY;
        }

        DiscretionTier t = tier(m, level, r.partyKind());
        boolean tierRange = t != null && t.fineMax() != null && scale != null;
        BigDecimal lo;
        BigDecimal hi;
        if (tierRange) {
            lo = times(t.fineMin() == null ? BigDecimal.ZERO : t.fineMin(), scale);
            hi = times(t.fineMax(), scale);
        } else if (level == TierLevel.MITIGATED && statMin != null && statMin.signum() > 0) {
            lo = BigDecimal.ZERO;
            hi = statMin;
        } else if (statMax != null) {
            lo = statMin;
            hi = statMax;
        } else {
            lo = null;
            hi = null;
        }

        if (proposed != null) {
            if (statMax != null && proposed.compareTo(statMax) > 0) {
                issues.add(DiscretionIssue.ABOVE_STATUTORY_MAX);
            }
            if (below && !ground) {
                issues.add(DiscretionIssue.BELOW_STATUTORY_MIN);
            }
            if (tierRange && (proposed.compareTo(lo) < 0 || proposed.compareTo(hi) > 0)) {
                issues.add(DiscretionIssue.OUTSIDE_TIER);
            }
            DiscretionTier lenient = tier(m, TierLevel.LENIENT, r.partyKind());
            if (mandatory && lenient != null && lenient.fineMax() != null && scale != null
                    && proposed.compareTo(times(lenient.fineMax(), scale)) > 0) {
                issues.add(DiscretionIssue.MITIGATION_REQUIRED);
            }
        }

        BigDecimal suggested = hi == null ? null : suggest(lo, hi);
        String sentence = basis(m) + circumstances(cs) + tierClause(m, level, t, tierRange, lo, hi, statMin)
                + computation(proposed, suggested, issues.contains(DiscretionIssue.OUTSIDE_TIER), r.departureReason());
        return new DiscretionResult(r, advice, level, t, lo, hi, statMin, statMax, suggested, issues, sentence);
    }

    /** The tier of the level for the party kind: one for that kind wins over one for both kinds. */
    public static DiscretionTier tier(CatalogMatter m, TierLevel level, PartyKind kind) {
        DiscretionTier both = null;
        for (DiscretionTier t : m.tiers()) {
            if (t.tier() != level) {
                continue;
            }
            if (t.partyKind() != null && t.partyKind() == kind) {
                return t;
            }
            if (t.partyKind() == null && both == null) {
                both = t;
            }
        }
        return both;
    }

    /** The middle of [lo, hi] rounded as documented above, kept inside the range. */
    public static BigDecimal suggest(BigDecimal lo, BigDecimal hi) {
        BigDecimal mid = lo.add(hi).divide(TWO, 2, RoundingMode.HALF_UP);
        BigDecimal unit = mid.compareTo(BigDecimal.valueOf(1000)) < 0 ? BigDecimal.TEN
                : mid.compareTo(BigDecimal.valueOf(100000)) < 0 ? BigDecimal.valueOf(100) : BigDecimal.valueOf(1000);
        BigDecimal rounded = mid.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
        if (rounded.compareTo(hi) > 0) {
            rounded = hi;
        }
        if (rounded.compareTo(lo) < 0 || rounded.signum() <= 0) {
            rounded = mid;
        }
        return rounded.setScale(2, RoundingMode.HALF_UP);
    }

    /** Yuan per unit of the matter's fine figures: 1 for fixed amounts, the base for multiples and per-unit fines. */
    private static BigDecimal scale(CatalogMatter m, BigDecimal base) {
        if (m.fineKind() == null || m.fineKind() == FineKind.FIXED) {
            return m.fineMax() == null && m.fineMin() == null ? null : BigDecimal.ONE;
        }
        if (m.fineKind() == FineKind.NONE || base == null || base.signum() <= 0) {
            return null;
        }
        return base;
    }

    private static BigDecimal times(BigDecimal a, BigDecimal scale) {
        return a.multiply(scale).setScale(2, RoundingMode.HALF_UP);
    }

    private static String basis(CatalogMatter m) {
        if (m.benchmarkName() == null || m.benchmarkName().isBlank()) {
            return Texts.tr("discretion.basisStatutory", m.penaltyProvision(), m.code(), m.name());
        }
        if (m.benchmarkVersion() == null || m.benchmarkVersion().isBlank()) {
            return Texts.tr("discretion.basisNoVersion", m.benchmarkName(), m.code(), m.name());
        }
        return Texts.tr("discretion.basis", m.benchmarkName(), m.benchmarkVersion(), m.code(), m.name());
    }

    private static String circumstances(Set<Circumstance> cs) {
        if (cs.isEmpty()) {
            return Texts.tr("discretion.noCircumstances");
        }
        return Texts.tr("discretion.circumstances", cs.stream().map(Texts::label).collect(Collectors.joining("、")));
    }

    private static String tierClause(CatalogMatter m, TierLevel level, DiscretionTier t, boolean tierRange,
                                     BigDecimal lo, BigDecimal hi, BigDecimal statMin) {
        String label = Texts.label(level);
        if (tierRange) {
            return Texts.tr("discretion.tierRange", label, Yuan.format(lo), Yuan.format(hi));
        }
        if (level == TierLevel.MITIGATED && hi != null && lo != null && lo.signum() == 0 && hi.equals(statMin)) {
            return Texts.tr("discretion.tierBelowMinimum", label, Yuan.format(statMin));
        }
        if (hi != null) {
            return Texts.tr("discretion.tierStatutory", label, Yuan.format(lo), Yuan.format(hi));
        }
        if (t != null && t.fineMax() != null && m.fineUnit() != null) {
            return Texts.tr("discretion.tierUnits", label, (t.fineMin() == null ? BigDecimal.ZERO : t.fineMin())
                    .stripTrailingZeros().toPlainString(), t.fineMax().stripTrailingZeros().toPlainString(), m.fineUnit());
        }
        return Texts.tr("discretion.tier", label);
    }

    private static String computation(BigDecimal proposed, BigDecimal suggested, boolean outside, String reason) {
        if (proposed != null) {
            if (outside && reason != null && !reason.isBlank()) {
                return Texts.tr("discretion.fineDeparture", Yuan.format(proposed), reason.strip());
            }
            return Texts.tr("discretion.fine", Yuan.format(proposed));
        }
        if (suggested != null) {
            return Texts.tr("discretion.suggestedFine", Yuan.format(suggested));
        }
        return Texts.tr("discretion.end");
    }
}
