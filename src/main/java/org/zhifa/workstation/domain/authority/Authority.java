package org.zhifa.workstation.domain.authority;

/** 执法主体: the legal body in whose name decisions are made. */
public record Authority(
        String code,
        String name,
        String shortName,
        AuthorityKind kind,
        String documentPrefix,
        String reconsiderationBody,
        String court,
        String address,
        String phone,
        boolean reviewCenter) {
}
