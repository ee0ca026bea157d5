package org.zhifa.workstation.domain.discretion;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.party.PartyKind;

/**
 * What the officer gives the discretion engine.
 *
 * @param matter           the catalog matter with its statutory range and benchmark tiers
 * @param partyKind        公民 or 组织 (tiers with a partyKind apply only to that kind)
 * @param circumstances    the circumstances ticked
 * @param proposedFine     the fine the officer proposes, or null to get a suggestion
 * @param fineBase         for a matter whose fine is a multiple (倍数) or per unit: the base amount or quantity, else null
 * @param mitigationChosen the officer chooses 减轻 (below the statutory minimum) on an Art 30–32 ground
 * @param departureReason  the written reason for a fine outside the tier (Art 34), or null
 */
public record DiscretionRequest(
        CatalogMatter matter,
        PartyKind partyKind,
        Set<Circumstance> circumstances,
        BigDecimal proposedFine,
        BigDecimal fineBase,
        boolean mitigationChosen,
        String departureReason) {

    public DiscretionRequest {
        Objects.requireNonNull(matter, "matter");
        EnumSet<Circumstance> copy = EnumSet.noneOf(Circumstance.class);
        if (circumstances != null) {
            copy.addAll(circumstances);
        }
        circumstances = Collections.unmodifiableSet(copy);
    }

    public static DiscretionRequest of(CatalogMatter matter, PartyKind partyKind, Set<Circumstance> circumstances) {
        return new DiscretionRequest(matter, partyKind, circumstances, null, null, false, null);
    }

    public DiscretionRequest proposing(BigDecimal fine) {
        return new DiscretionRequest(matter, partyKind, circumstances, fine, fineBase, mitigationChosen, departureReason);
    }

    public DiscretionRequest withFineBase(BigDecimal base) {
        return new DiscretionRequest(matter, partyKind, circumstances, proposedFine, base, mitigationChosen, departureReason);
    }

    public DiscretionRequest choosingMitigation() {
        return new DiscretionRequest(matter, partyKind, circumstances, proposedFine, fineBase, true, departureReason);
    }

    public DiscretionRequest withDepartureReason(String reason) {
        return new DiscretionRequest(matter, partyKind, circumstances, proposedFine, fineBase, mitigationChosen, reason);
    }
}
