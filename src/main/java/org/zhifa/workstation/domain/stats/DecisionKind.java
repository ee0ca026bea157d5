package org.zhifa.workstation.domain.stats;

/** The kind of a case's latest decision, as the statistics count it. */
public enum DecisionKind {
    /** 行政处罚决定 under the general procedure (普通程序). */
    PENALTY,
    /** 当场处罚决定 under the summary procedure (简易程序). */
    ON_SITE,
    /** 不予行政处罚决定. */
    NO_PENALTY;

    /** Whether the decision imposes a penalty (the decisions the 年报 counts by type). */
    public boolean penalizes() {
        return this != NO_PENALTY;
    }
}
