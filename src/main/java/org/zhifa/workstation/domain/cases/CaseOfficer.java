package org.zhifa.workstation.domain.cases;

import org.zhifa.workstation.domain.officer.Officer;

/** An officer assigned to a case with a duty. */
public record CaseOfficer(Officer officer, OfficerDuty duty) {
}
