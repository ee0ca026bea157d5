package org.zhifa.workstation.domain.cases;

/** One point of the party's 陈述申辩 with its 复核 ruling (Art 45, R21). */
public record RepresentationPoint(
        String statement,
        Boolean adopted,
        String reason) {
}
