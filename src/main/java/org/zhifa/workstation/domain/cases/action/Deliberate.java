package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 集体讨论 by the 负责人 with signed minutes (S5, R16). */
public record Deliberate(
        java.time.LocalDate date,
        String actor,
        String chair,
        java.util.List<String> attendees,
        String conclusion,
        boolean minutesSigned) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.DELIBERATED;
    }
}
