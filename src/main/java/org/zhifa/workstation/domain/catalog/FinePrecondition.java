package org.zhifa.workstation.domain.catalog;

/** A condition the penalty article puts before the fine ("逾期不改正的，处…"). */
public enum FinePrecondition {
    NONE, OVERDUE_UNCORRECTED, REFUSED_CORRECTION, SERIOUS
}
