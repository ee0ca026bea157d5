package org.zhifa.workstation.domain.catalog;

/** Penalty types of Art 9, ordered lightest first (the statistics severity order of domain.md §9). */
public enum PenaltyType {
    WARNING, CRITICISM, FINE, CONFISCATE_ILLEGAL_GAINS, CONFISCATE_PROPERTY, SUSPEND_LICENSE,
    LOWER_QUALIFICATION, RESTRICT_OPERATION, ORDER_SUSPENSION, ORDER_CLOSURE, RESTRICT_EMPLOYMENT,
    REVOKE_LICENSE, OTHER
}
