package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The 复议 or 诉讼 ended. */
public record ConcludeChallenge(
        java.time.LocalDate date,
        String actor,
        ChallengeKind kind,
        ChallengeResult result) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.CHALLENGE_CONCLUDED;
    }
}
