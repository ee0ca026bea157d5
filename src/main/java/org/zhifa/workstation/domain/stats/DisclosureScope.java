package org.zhifa.workstation.domain.stats;

/** Which penalty decisions are published (R33: "具有一定社会影响" is defined locally: a setting). */
public enum DisclosureScope {
    /** Every 普通程序 penalty decision (default; the procedure engine's default scope as well). */
    GENERAL_PROCEDURE,
    /** 普通程序 and 当场处罚 decisions. */
    ALL_PENALTIES
}
