package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The decision published (公示, R33). */
public record Publish(
        java.time.LocalDate date,
        String actor) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PUBLISHED;
    }
}
