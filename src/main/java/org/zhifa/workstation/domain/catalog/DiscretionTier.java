package org.zhifa.workstation.domain.catalog;

import java.math.BigDecimal;
import org.zhifa.workstation.domain.party.PartyKind;

/** One tier of a matter's 裁量基准; partyKind null means it applies to both kinds. */
public record DiscretionTier(
        int ordinal,
        TierLevel tier,
        PartyKind partyKind,
        String circumstances,
        BigDecimal fineMin,
        BigDecimal fineMax,
        String otherPenalty) {
}
