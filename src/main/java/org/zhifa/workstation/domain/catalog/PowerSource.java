package org.zhifa.workstation.domain.catalog;

/** How the power over a matter reached the authority. */
public enum PowerSource {
    /** 法定职权 of the township itself. */
    STATUTORY,
    /** 赋权: devolved by the province / county (Art 24). */
    DELEGATION,
    /** 委托: exercised in the entrusting department's name (Art 20). */
    ENTRUSTMENT
}
