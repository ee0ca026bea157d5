package org.zhifa.workstation.domain.catalog;

/** Whether the matter's articles and amounts were checked against the law text. */
public enum Verification {
    VERIFIED, CAUTION, UNVERIFIED
}
