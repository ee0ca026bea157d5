package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The hearing notice: date, presider, agents (R19). */
public record ScheduleHearing(
        java.time.LocalDate date,
        String actor,
        java.time.LocalDate hearingDate,
        String presider,
        int agents,
        boolean publicHearing) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.HEARING_SCHEDULED;
    }
}
