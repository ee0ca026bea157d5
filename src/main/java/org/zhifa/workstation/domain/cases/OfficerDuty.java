package org.zhifa.workstation.domain.cases;

/** What an officer does in a case. */
public enum OfficerDuty {
    LEAD_HANDLER, CO_HANDLER, RECORDER, ASSISTANT
}
