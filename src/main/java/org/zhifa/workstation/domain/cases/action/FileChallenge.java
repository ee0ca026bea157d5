package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The party applied for 复议 or sued; the copy was received on the given date (R44). */
public record FileChallenge(
        java.time.LocalDate date,
        String actor,
        ChallengeKind kind,
        java.time.LocalDate copyReceivedOn,
        boolean stayOrdered) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.CHALLENGE_FILED;
    }
}
