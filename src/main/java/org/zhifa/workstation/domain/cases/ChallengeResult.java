package org.zhifa.workstation.domain.cases;

/** Outcome of a 复议 or 诉讼. */
public enum ChallengeResult {
    UPHELD, CHANGED, REVOKED, CONFIRMED_UNLAWFUL, CONFIRMED_VOID, WITHDRAWN
}
