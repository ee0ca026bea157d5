package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;
import org.zhifa.workstation.domain.procedure.Violation;

/** The 复议 or 诉讼 ended: the stay lapses, the surcharge clock resumes, the remedy period is recomputed (R31). */
final class ConcludeChallengeStep implements Step<ConcludeChallenge> {

    @Override
    public ActionType type() {
        return ActionType.CHALLENGE_CONCLUDED;
    }

    @Override
    public Set<CaseState> from() {
        return Set.of(CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED);
    }

    @Override
    public boolean offered(CaseRecord c) {
        return !ExecutionFacts.pendingChallenges(c).isEmpty();
    }

    @Override
    public List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx) {
        return ExecutionFacts.pendingChallenges(c).isEmpty()
                ? List.of(Violation.error("PROC", "execution.noPendingChallenge")) : List.of();
    }

    @Override
    public List<Violation> check(CaseRecord c, ConcludeChallenge a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.kind() == null || a.result() == null) {
            v.add(Violation.error("PROC", "execution.challengeResultMissing"));
        } else if (ExecutionFacts.pendingChallenges(c).stream().noneMatch(f -> f.kind() == a.kind())) {
            v.add(Violation.error("PROC", "execution.noPendingChallenge"));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ConcludeChallenge a) {
        return c.state();
    }
}
