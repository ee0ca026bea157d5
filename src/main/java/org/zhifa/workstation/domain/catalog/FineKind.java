package org.zhifa.workstation.domain.catalog;

/** How a matter's fine is expressed in its penalty article. */
public enum FineKind {
    NONE, FIXED, PER_UNIT, MULTIPLE
}
