package org.zhifa.workstation.domain.party;

/** 当事人 kind: a natural person or an organisation (法人 / 其他组织, including 个体工商户 registered with a USCC). */
public enum PartyKind {
    INDIVIDUAL, ORGANIZATION
}
