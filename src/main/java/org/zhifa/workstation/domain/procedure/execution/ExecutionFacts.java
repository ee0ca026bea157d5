package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.calendar.DateRange;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;

/** What the execution part reads from a case's actions: the decision, its service, challenges, publication. */
public final class ExecutionFacts {
    /** Challenge results after which a published decision must be withdrawn (Art 48 ¶2). */
    public static final Set<ChallengeResult> WITHDRAWAL_RESULTS = EnumSet.of(ChallengeResult.CHANGED,
            ChallengeResult.REVOKED, ChallengeResult.CONFIRMED_UNLAWFUL, ChallengeResult.CONFIRMED_VOID);
    /** Challenge results after which the decision can no longer be enforced. */
    public static final Set<ChallengeResult> SET_ASIDE_RESULTS = EnumSet.of(ChallengeResult.REVOKED,
            ChallengeResult.CONFIRMED_VOID);

    private ExecutionFacts() {
    }

    /** The latest decision: a penalty decision, an on-site decision or a 不予处罚 decision. */
    public static Optional<CaseAction> decision(CaseRecord c) {
        CaseAction found = null;
        for (CaseAction a : c.actions()) {
            if (a instanceof Decide || a instanceof DecideOnSite || a instanceof DecideNoPenalty) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    public static Optional<LocalDate> decisionDate(CaseRecord c) {
        return decision(c).map(CaseAction::date);
    }

    /** The penalty of the latest decision (empty for 不予处罚 or no decision). */
    public static Optional<PenaltyTerms> penalty(CaseRecord c) {
        return decision(c).map(a -> switch (a) {
            case Decide d -> d.penalty();
            case DecideOnSite d -> d.penalty();
            default -> null;
        });
    }

    /** The fine imposed, zero when there is none. */
    public static BigDecimal fine(CaseRecord c) {
        return penalty(c).map(PenaltyTerms::fine).filter(f -> f.signum() > 0).orElse(BigDecimal.ZERO);
    }

    /** The latest decision when it is an on-site (简易程序) decision. */
    public static Optional<DecideOnSite> onSiteDecision(CaseRecord c) {
        return decision(c).filter(DecideOnSite.class::isInstance).map(DecideOnSite.class::cast);
    }

    public static boolean onSite(CaseRecord c) {
        return onSiteDecision(c).isPresent();
    }

    /** R32: the general decision omits or misstates the remedy clause. */
    public static boolean remedyClauseIncomplete(CaseRecord c) {
        return decision(c).filter(Decide.class::isInstance).map(a -> !((Decide) a).remedyClauseComplete())
                .orElse(false);
    }

    /** The service of the latest decision (a general or 不予处罚 decision), if recorded. */
    public static Optional<ServeDecision> service(CaseRecord c) {
        Optional<CaseAction> decision = decision(c);
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        List<CaseAction> actions = c.actions();
        for (int i = actions.indexOf(decision.get()) + 1; i < actions.size(); i++) {
            if (actions.get(i) instanceof ServeDecision s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A challenge filed and, once it ended, its conclusion (null while pending). */
    public record Challenge(FileChallenge filed, ConcludeChallenge concluded) {
        public boolean pending() {
            return concluded == null;
        }

        /** The days it was pending, both ends included, up to {@code asOf} while still pending. */
        public Optional<DateRange> period(LocalDate asOf) {
            LocalDate end = concluded == null ? asOf : concluded.date();
            return end.isBefore(filed.date()) ? Optional.empty() : Optional.of(new DateRange(filed.date(), end));
        }
    }

    /** Every challenge in order, each conclusion matched to the open challenge of its kind. */
    public static List<Challenge> challenges(CaseRecord c) {
        List<Challenge> result = new ArrayList<>();
        Map<ChallengeKind, Integer> open = new EnumMap<>(ChallengeKind.class);
        for (CaseAction a : c.actions()) {
            if (a instanceof FileChallenge f && f.kind() != null && !open.containsKey(f.kind())) {
                open.put(f.kind(), result.size());
                result.add(new Challenge(f, null));
            } else if (a instanceof ConcludeChallenge k && k.kind() != null && open.containsKey(k.kind())) {
                int i = open.remove(k.kind());
                result.set(i, new Challenge(result.get(i).filed(), k));
            }
        }
        return result;
    }

    public static List<FileChallenge> pendingChallenges(CaseRecord c) {
        return challenges(c).stream().filter(Challenge::pending).map(Challenge::filed).toList();
    }

    /** R44: a pending challenge in which a stay of execution was ordered. */
    public static boolean stayOrdered(CaseRecord c) {
        return pendingChallenges(c).stream().anyMatch(FileChallenge::stayOrdered);
    }

    /** Days in 复议/诉讼, which do not count for the 加处罚款 (Art 73 ¶3). */
    public static List<DateRange> challengePeriods(CaseRecord c, LocalDate asOf) {
        return challenges(c).stream().flatMap(ch -> ch.period(asOf).stream()).toList();
    }

    /** Whether a 复议 or 诉讼 revoked the decision or found it void. */
    public static boolean setAside(CaseRecord c) {
        return c.all(ConcludeChallenge.class).stream().anyMatch(k -> SET_ASIDE_RESULTS.contains(k.result()));
    }

    /** Whether the decision is published now (a PUBLISHED not followed by a withdrawal). */
    public static boolean published(CaseRecord c) {
        boolean published = false;
        for (CaseAction a : c.actions()) {
            if (a instanceof Publish) {
                published = true;
            } else if (a instanceof WithdrawPublication) {
                published = false;
            }
        }
        return published;
    }

    /** Money for messages: two decimals, no grouping. */
    static String yuan(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
