package org.zhifa.workstation.domain.cases;

/** States of a case (domain.md §1, S0–S11, and the branches). */
public enum CaseState {
    LEAD, FILED, INVESTIGATING, UNDER_REVIEW, NOTICED, HEARING, DECIDED, SERVED, EXECUTED, CLOSED, ARCHIVED,
    NOT_FILED, NO_PENALTY, WITHDRAWN, TRANSFERRED, SUSPENDED, TERMINATED;

    /** Whether the case is finished with (no further procedural step is due). */
    public boolean isFinished() {
        return switch (this) {
            case CLOSED, ARCHIVED, NOT_FILED, WITHDRAWN, TERMINATED -> true;
            default -> false;
        };
    }
}
