package org.zhifa.workstation.domain.cases;

/** 行政复议 or 行政诉讼 against a decision. */
public enum ChallengeKind {
    RECONSIDERATION, LITIGATION
}
