package org.zhifa.workstation.domain.officer;

/** The function a person has in the team. Auxiliaries never count toward the two officers (R1). */
public enum OfficerRole {
    OFFICER, LEAD, REVIEWER, AUXILIARY
}
