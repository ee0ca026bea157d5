package org.zhifa.workstation.domain.cases;

/** 法制审核 conclusion: 同意 / 补正 / 不同意. */
public enum ReviewConclusion {
    APPROVE, SUPPLEMENT, REJECT
}
