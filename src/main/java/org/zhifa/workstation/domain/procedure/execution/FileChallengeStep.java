package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * The party applied for 复议 or sued (R44): the date the authority received the copy starts its answer period;
 * a stay ordered by the authority, the 复议机关 or the court is recorded and honoured by the enforcement steps.
 */
final class FileChallengeStep implements Step<FileChallenge> {

    @Override
    public ActionType type() {
        return ActionType.CHALLENGE_FILED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED);
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return ExecutionFacts.decision(c).isPresent() ? List.of()
                : List.of(Violation.error("PROC", "execution.noDecision"));
    }

    @Override
    public List<Violation> check(CaseRecord c, FileChallenge a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.kind() == null) {
            v.add(Violation.error("PROC", "execution.challengeKindMissing"));
            return v;
        }
        if (a.copyReceivedOn() == null) {
            v.add(Violation.error("R44", "rule.R44.copyDateMissing"));
        }
        if (ExecutionFacts.pendingChallenges(c).stream().anyMatch(f -> f.kind() == a.kind())) {
            v.add(Violation.error("PROC", "execution.challengePending"));
        }
        boolean reconsidered = c.all(ConcludeChallenge.class).stream()
                .anyMatch(k -> k.kind() == ChallengeKind.RECONSIDERATION);
        if (a.kind() == ChallengeKind.LITIGATION && ExecutionFacts.onSite(c) && !reconsidered) {
            v.add(Violation.warning("R25", "rule.R25.reconsiderationFirst"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, FileChallenge a) {
        return c.state();
    }
}
