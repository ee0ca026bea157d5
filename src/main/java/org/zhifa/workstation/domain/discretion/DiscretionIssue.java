package org.zhifa.workstation.domain.discretion;

/** A problem with a proposed fine found by the discretion engine (R9, R11, R42). */
public enum DiscretionIssue {
    /** Above the statutory maximum: never allowed (void, Art 38). */
    ABOVE_STATUTORY_MAX(true),
    /** Below the statutory minimum without an Art 30–32 减轻 ground. */
    BELOW_STATUTORY_MIN(true),
    /** A mandatory 从轻/减轻 ground (Arts 30, 32) is present but the fine lies above the 从轻 tier. */
    MITIGATION_REQUIRED(true),
    /** Art 33 ¶1 s.1 applies: no penalty may be given at all. */
    NO_PENALTY_MANDATORY(true),
    /** Outside the benchmark tier: allowed only with a written departure reason (Art 34). */
    OUTSIDE_TIER(false);

    private final boolean unlawful;

    DiscretionIssue(boolean unlawful) {
        this.unlawful = unlawful;
    }

    /** True when no reason can cure it; false when a written departure reason (and the extra review) suffices. */
    public boolean unlawful() {
        return unlawful;
    }
}
