package org.zhifa.workstation.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.party.Party;

/** A whole case as stored: the aggregate the case service loads and saves. */
public record CaseRecord(
        String caseNo,
        Authority authority,
        CatalogMatter matter,
        Party party,
        ProcedureKind procedure,
        CaseState state,
        CaseSource source,
        String cause,
        String facts,
        LocalDate actDate,
        String actPlace,
        LocalDate discoveredOn,
        LocalDate filedOn,
        LocalDate decidedOn,
        LocalDate closedOn,
        BigDecimal fineAmount,
        BigDecimal confiscatedAmount,
        int revision,
        List<CaseOfficer> officers,
        List<CaseEvent> events,
        List<Evidence> evidence) {

    public CaseRecord {
        officers = List.copyOf(officers);
        events = List.copyOf(events);
        evidence = List.copyOf(evidence);
    }
}
