package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;

/** What the new-case wizard collects: the header of a case before its case number is given. */
public record NewCase(
        String authority,
        String matter,
        ProcedureKind procedure,
        CaseSource source,
        String cause,
        String facts,
        LocalDate actDate,
        String actPlace,
        LocalDate discoveredOn,
        PartyDocument party,
        List<CaseOfficerDocument> officers) {
}
