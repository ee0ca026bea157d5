package org.zhifa.workstation.domain.cases;

/** The penalty proposed in a 告知书 or imposed by a decision. Amounts may be null when the type is absent. */
public record PenaltyTerms(
        java.util.Set<org.zhifa.workstation.domain.catalog.PenaltyType> types,
        java.math.BigDecimal fine,
        java.math.BigDecimal confiscatedGains,
        java.math.BigDecimal confiscatedProperty,
        String otherPenalty) {
}
