package org.zhifa.workstation.domain.cases;

/** 移送: to the competent administrative body (Arts 22–25) or to judicial organs (Art 27). */
public enum TransferTarget {
    COMPETENT_BODY, JUDICIAL
}
