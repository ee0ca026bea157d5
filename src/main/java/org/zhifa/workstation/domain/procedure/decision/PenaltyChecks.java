package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.discretion.CircumstanceRules;
import org.zhifa.workstation.domain.discretion.DiscretionEngine;
import org.zhifa.workstation.domain.discretion.DiscretionIssue;
import org.zhifa.workstation.domain.discretion.DiscretionResult;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/** The gates on a penalty decision's content: R10, R11, R15 (fine), R20, R23, R41, R42. */
final class PenaltyChecks {
    private PenaltyChecks() {
    }

    /** A short description of a penalty: "罚款500元、没收违法所得200元". */
    static String describe(PenaltyTerms p) {
        if (p == null || p.types() == null) {
            return "";
        }
        return p.types().stream().sorted().map(t -> {
            BigDecimal amount = amount(p, t);
            return amount == null ? Texts.label(t) : Texts.tr("decision.amountOf", Texts.label(t), Yuan.format(amount));
        }).collect(Collectors.joining("、"));
    }

    static BigDecimal amount(PenaltyTerms p, PenaltyType t) {
        return switch (t) {
            case FINE -> p.fine();
            case CONFISCATE_ILLEGAL_GAINS -> p.confiscatedGains();
            case CONFISCATE_PROPERTY -> p.confiscatedProperty();
            default -> null;
        };
    }

    static boolean hasFine(PenaltyTerms p) {
        return p != null && p.types() != null && p.types().contains(PenaltyType.FINE) && p.fine() != null && p.fine().signum() > 0;
    }

    /** R10 within the case: an earlier decision of this case already imposed a fine. */
    static List<Violation> secondFine(CaseRecord c, PenaltyTerms p) {
        if (!hasFine(p)) {
            return List.of();
        }
        for (CaseAction a : c.actions()) {
            PenaltyTerms earlier = switch (a) {
                case Decide d -> d.penalty();
                case DecideOnSite d -> d.penalty();
                default -> null;
            };
            if (hasFine(earlier)) {
                return List.of(Violation.error("R10", "rule.R10.secondFine", a.date()));
            }
        }
        return List.of();
    }

    /** R42 (types the matter provides; Art 28 ¶2 confiscation of illegal gains always allowed) and R11 (lighter types). */
    static List<Violation> types(CaseRecord c, PenaltyTerms p) {
        CatalogMatter m = c.matter();
        if (m == null || m.penaltyTypes().isEmpty()) {
            return List.of();
        }
        List<Violation> v = new ArrayList<>();
        PenaltyType lightest = m.penaltyTypes().stream().min(Comparator.naturalOrder()).orElseThrow();
        boolean ground = CircumstanceRules.mitigatingGround(DecisionFacts.circumstances(c));
        for (PenaltyType t : p.types()) {
            if (m.penaltyTypes().contains(t) || t == PenaltyType.CONFISCATE_ILLEGAL_GAINS) {
                continue;
            }
            if (t.compareTo(lightest) < 0) {
                if (!ground) {
                    v.add(Violation.error("R11", "rule.R11.lighterTypeWithoutGround", Texts.label(t)));
                }
            } else {
                v.add(Violation.error("R42", "rule.R42.typeNotProvided", Texts.label(t)));
            }
        }
        return v;
    }

    /** R11 and R42 on the fine, through the discretion engine; departures need a reason, review and deliberation. */
    static List<Violation> fine(CaseRecord c, Decide d, RuleContext ctx) {
        PenaltyTerms p = d.penalty();
        if (!hasFine(p) || c.matter() == null) {
            return List.of();
        }
        PartyKind kind = c.party() == null ? null : c.party().kind();
        DiscretionResult r = CaseDiscretion.assess(c, p.fine(), d.departureReason());
        List<Violation> v = new ArrayList<>();
        String fine = Yuan.format(p.fine());
        if (r.issues().contains(DiscretionIssue.ABOVE_STATUTORY_MAX)) {
            v.add(Violation.error("R11", "rule.R11.aboveMaximum", fine, Yuan.format(r.statutoryMax())));
            v.add(Violation.error("R42", "rule.R42.aboveMaximum", fine, Yuan.format(r.statutoryMax())));
        }
        if (r.issues().contains(DiscretionIssue.BELOW_STATUTORY_MIN)) {
            v.add(Violation.error("R11", "rule.R11.belowMinimum", fine, Yuan.format(r.statutoryMin())));
        }
        if (r.issues().contains(DiscretionIssue.MITIGATION_REQUIRED)) {
            DiscretionTier lenient = DiscretionEngine.tier(c.matter(), TierLevel.LENIENT, kind);
            v.add(Violation.error("R11", "rule.R11.mitigationRequired", fine, Yuan.format(lenient.fineMax())));
        }
        if (r.departure() && r.lawful()) {
            if (r.departureReasonMissing()) {
                v.add(Violation.error("R11", "rule.R11.departureReason", fine, Texts.label(r.tier()),
                        Yuan.format(r.rangeMin()), Yuan.format(r.rangeMax())));
            }
            if (r.requiresReview(ctx.settings().reviewOnDeparture()) && !LegalReview.approvedSinceConclusion(c, ctx)) {
                v.add(Violation.error("R11", "rule.R11.departureReview"));
            }
            if (r.requiresDeliberation(ctx.settings().deliberationOnDeparture()) && !LegalReview.deliberatedSinceConclusion(c)) {
                v.add(Violation.error("R11", "rule.R11.departureDeliberation"));
            }
        }
        return v;
    }

    /** R20: no type the notice lacked (unless it replaces a heavier one dropped) and no higher amount. */
    static List<Violation> notHeavierThanNotice(CaseRecord c, PenaltyTerms p) {
        Optional<ServeNotice> n = DecisionFacts.notice(c);
        if (n.isEmpty() || n.get().proposedPenalty() == null || n.get().proposedPenalty().types() == null) {
            return List.of();
        }
        PenaltyTerms proposed = n.get().proposedPenalty();
        Set<PenaltyType> dropped = EnumSet.noneOf(PenaltyType.class);
        dropped.addAll(proposed.types());
        dropped.removeAll(p.types());
        PenaltyType heaviestDropped = dropped.stream().max(Comparator.naturalOrder()).orElse(null);
        List<Violation> v = new ArrayList<>();
        for (PenaltyType t : p.types()) {
            if (!proposed.types().contains(t) && (heaviestDropped == null || t.compareTo(heaviestDropped) >= 0)) {
                v.add(Violation.error("R20", "rule.R20.heavierType", Texts.label(t)));
            }
        }
        for (PenaltyType t : List.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.CONFISCATE_PROPERTY)) {
            BigDecimal now = p.types().contains(t) ? amount(p, t) : null;
            BigDecimal before = proposed.types().contains(t) ? amount(proposed, t) : null;
            if (now != null && before != null && now.compareTo(before) > 0) {
                v.add(Violation.error("R20", "rule.R20.higherAmount", Texts.label(t), Yuan.format(now), Yuan.format(before)));
            }
        }
        return v;
    }

    /** R41: illegal gains found by the conclusion are confiscated in full. */
    static List<Violation> illegalGains(CaseRecord c, PenaltyTerms p) {
        BigDecimal gains = DecisionFacts.conclusion(c).map(ConcludeInvestigation::illegalGains).orElse(null);
        if (gains == null || gains.signum() <= 0) {
            return List.of();
        }
        if (!p.types().contains(PenaltyType.CONFISCATE_ILLEGAL_GAINS) || p.confiscatedGains() == null) {
            return List.of(Violation.error("R41", "rule.R41.gainsNotConfiscated", Yuan.format(gains)));
        }
        if (p.confiscatedGains().compareTo(gains) != 0) {
            return List.of(Violation.error("R41", "rule.R41.gainsMismatch", Yuan.format(p.confiscatedGains()), Yuan.format(gains)));
        }
        return List.of();
    }

    /** R23 (data side): the discretion statement and a complete remedy clause. */
    static List<Violation> contents(CaseRecord c, Decide d) {
        List<Violation> v = new ArrayList<>();
        if (d.discretionStatement() == null || d.discretionStatement().isBlank()) {
            v.add(Violation.error("R23", "rule.R23.discretionStatementMissing"));
        } else if (c.matter() != null && c.matter().benchmarkName() != null && !c.matter().benchmarkName().isBlank()
                && !d.discretionStatement().contains(c.matter().benchmarkName())) {
            v.add(Violation.warning("R23", "rule.R23.benchmarkNotNamed", c.matter().benchmarkName()));
        }
        if (!d.remedyClauseComplete()) {
            v.add(Violation.error("R23", "rule.R23.remedyClauseIncomplete"));
        }
        return v;
    }
}
