package org.zhifa.workstation.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhifa.workstation.domain.party.PartyKind;

/** One row of the case list. */
public record CaseSummary(
        String caseNo,
        String cause,
        CaseState state,
        ProcedureKind procedure,
        String partyName,
        PartyKind partyKind,
        String matterCode,
        String matterName,
        String area,
        LocalDate discoveredOn,
        LocalDate filedOn,
        LocalDate decidedOn,
        LocalDate closedOn,
        BigDecimal fineAmount) {
}
