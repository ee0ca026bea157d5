package org.zhifa.workstation.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** One matter of the 执法事项目录 with its provisions, statutory range and discretion tiers. */
public record CatalogMatter(
        String code,
        String name,
        String area,
        String authorityCode,
        PowerSource powerSource,
        String violatedProvision,
        String penaltyProvision,
        Set<PenaltyType> penaltyTypes,
        String statutoryText,
        FineKind fineKind,
        BigDecimal fineMin,
        BigDecimal fineMax,
        String fineUnit,
        FinePrecondition finePrecondition,
        int limitationYears,
        boolean twoOfficerExempt,
        boolean seizureAllowed,
        boolean noPenaltyListed,
        boolean firstOffenseListed,
        Verification verification,
        String note,
        String benchmarkName,
        String benchmarkVersion,
        List<DiscretionTier> tiers) {

    public CatalogMatter {
        penaltyTypes = Set.copyOf(penaltyTypes);
        tiers = List.copyOf(tiers);
    }
}
