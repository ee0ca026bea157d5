package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;

/** One line of a case's history as people read it; officerCode may be null. */
public record CaseEvent(ActionType kind, LocalDate date, String officerCode, String summary) {

    static CaseEvent of(CaseAction a) {
        return new CaseEvent(a.type(), a.date(), a.actor(), ActionSummary.of(a));
    }
}
