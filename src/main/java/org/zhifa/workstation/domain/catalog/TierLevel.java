package org.zhifa.workstation.domain.catalog;

/** 裁量阶次 of a discretion benchmark. */
public enum TierLevel {
    NO_PENALTY, MITIGATED, LENIENT, ORDINARY, SEVERE
}
