package org.zhifa.workstation.domain.procedure.execution;

/** How the party's remedy period runs (domain.md §1.4; R31, R32). */
public enum RemedyVariant {
    /** Receipt + 6 months (行诉法 Art 46). */
    ORDINARY,
    /** Remedy clause missing or wrong: up to 1 year (复议法 Art 20 ¶3; 行诉解释 Art 64; R32). */
    NO_REMEDY_CLAUSE,
    /** On-site decision, 复议前置: receipt + the on-site remedy days (复议法 Art 23; setting, default 60). */
    ON_SITE,
    /** 15 days after a 复议决定 not followed by a suit (行诉法 Art 45). */
    AFTER_RECONSIDERATION,
    /** 15 days after a first-instance judgment (appeal period, 行诉法 Art 85). */
    AFTER_LITIGATION
}
