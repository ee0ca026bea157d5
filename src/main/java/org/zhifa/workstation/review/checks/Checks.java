package org.zhifa.workstation.review.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every automatic check, by the id a rubric item names it with. */
public final class Checks {
    private static final Map<String, Check> ALL = new LinkedHashMap<>();

    static {
        for (Check c : List.of(
                AuthorityCheck.AUTHORITY,
                OfficerChecks.COUNT,
                OfficerChecks.CERTIFICATE,
                OfficerChecks.RECORD_ELEMENTS,
                EvidenceChecks.EVIDENCE_PRESENT,
                EvidenceChecks.RECORDING_METADATA,
                ProcedureChecks.NOTICE_BEFORE_DECISION,
                ProcedureChecks.FILE_ORDER,
                ProcedureChecks.BEFORE_FILING,
                ProcedureChecks.CHRONOLOGY,
                ProcedureChecks.INVESTIGATION_REPORT,
                ProcedureChecks.HEARING_RIGHT,
                ProcedureChecks.REPRESENTATION,
                ProcedureChecks.SERVICE_RECORD,
                ProcedureChecks.PENALTY_CONSISTENCY,
                ProcedureChecks.REMEDY_CLAUSE,
                ReviewChecks.LEGAL_REVIEW_REQUIRED,
                ReviewChecks.DELIBERATION_REQUIRED,
                ReviewChecks.REVIEW_OPINION,
                DeadlineChecks.DEADLINE,
                DiscretionChecks.STATEMENT,
                DiscretionChecks.RANGE,
                DocumentChecks.AMOUNT_WORDS,
                DocumentChecks.PARTY_IDENTITY,
                DocumentChecks.DOCUMENT_NUMBERS)) {
            if (ALL.put(c.id(), c) != null) {
                throw new IllegalStateException("two checks named " + c.id());
            }
        }
    }

    private Checks() {
    }

    public static Optional<Check> byId(String id) {
        return Optional.ofNullable(id == null ? null : ALL.get(id));
    }

    /** The ids of every check, in a stable order. */
    public static List<String> ids() {
        return List.copyOf(ALL.keySet());
    }
}
