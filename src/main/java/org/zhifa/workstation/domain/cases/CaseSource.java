package org.zhifa.workstation.domain.cases;

/** 案件来源. */
public enum CaseSource {
    PATROL, COMPLAINT, ASSIGNED, TRANSFERRED_IN, MONITORING
}
