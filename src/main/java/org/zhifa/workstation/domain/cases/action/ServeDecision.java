package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The decision served (S8): the method and, for 公告, the failures before it (R27–R29). */
public record ServeDecision(
        java.time.LocalDate date,
        String actor,
        ServiceMethod method,
        String recipient,
        boolean electronicConsentSigned,
        boolean onlineReconsiderationChannelNamed,
        int failedAttempts) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.DECISION_SERVED;
    }
}
