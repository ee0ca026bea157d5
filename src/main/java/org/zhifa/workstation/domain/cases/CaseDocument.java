package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The documented JSON form of a whole case (docs/case-json.md): the header, the party, the officers and the
 * actions in order. The state and the derived dates are not part of the input: they follow from replaying the
 * actions through the procedure engine. The same form travels in the county bundles.
 *
 * @param format "zhifa-case/1"
 */
public record CaseDocument(
        String format,
        String caseNo,
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
        List<CaseOfficerDocument> officers,
        List<CaseAction> actions) {

    public static final String FORMAT = "zhifa-case/1";

    /** The party as written in the case JSON. */
    public record PartyDocument(org.zhifa.workstation.domain.party.PartyKind kind, String name, String idNumber,
                                String creditCode, String gender, LocalDate birthDate, String legalRepresentative,
                                String phone, String address, String serviceAddress) { }

    /** An officer assigned to the case. */
    public record CaseOfficerDocument(String officer, OfficerDuty duty) { }
}
