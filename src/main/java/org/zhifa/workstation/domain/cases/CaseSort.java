package org.zhifa.workstation.domain.cases;

/** Columns the case list can be sorted by. */
public enum CaseSort {
    CASE_NO, DISCOVERED_ON, FILED_ON, STATE, PARTY_NAME
}
