package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;

/** One entry of a case's history; officerCode may be null. */
public record CaseEvent(CaseEventKind kind, LocalDate date, String officerCode, String summary) {
}
