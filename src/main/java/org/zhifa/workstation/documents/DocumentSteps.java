package org.zhifa.workstation.documents;

import java.util.Optional;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.ServeDecision;

/**
 * The step of the procedure each document records, for the "case without the step" error, and the two documents
 * that are printed before their step is recorded (drafts): the 事先告知书, once the investigation proposes a penalty,
 * and the 催告书, once the decision was served.
 */
public final class DocumentSteps {
    private DocumentSteps() {
    }

    /** The action whose record the document is; empty for the 卷宗 forms, which every case has. */
    public static Optional<ActionType> stepOf(DocumentType type) {
        ActionType a = switch (type) {
            case FILE_COVER, FILE_INDEX, FILE_NOTE -> null;
            case SOURCE_REGISTER -> ActionType.REGISTER;
            case FILING_APPROVAL -> ActionType.FILE;
            case INSPECTION_RECORD, INQUIRY_RECORD -> ActionType.RECORD;
            case EVIDENCE_LIST -> ActionType.EVIDENCE_ADDED;
            case PRESERVATION_NOTICE, PRESERVATION_LIST -> ActionType.PRESERVATION_ORDERED;
            case PRESERVATION_DECISION -> ActionType.PRESERVATION_DECIDED;
            case CORRECTION_NOTICE -> ActionType.CORRECTION_ORDERED;
            case INVESTIGATION_REPORT -> ActionType.INVESTIGATION_CONCLUDED;
            case REVIEW_SUBMISSION -> ActionType.REVIEW_SUBMITTED;
            case REVIEW_OPINION -> ActionType.REVIEW_OPINION;
            case DELIBERATION_RECORD -> ActionType.DELIBERATED;
            case ADVANCE_NOTICE -> ActionType.NOTICE_SERVED;
            case REPRESENTATION_RECORD -> ActionType.REPRESENTATION_HEARD;
            case HEARING_NOTICE -> ActionType.HEARING_SCHEDULED;
            case HEARING_RECORD -> ActionType.HEARING_HELD;
            case DECISION_APPROVAL, DECISION -> ActionType.DECIDED;
            case NO_PENALTY_DECISION -> ActionType.NO_PENALTY_DECIDED;
            case ON_SITE_DECISION -> ActionType.ON_SITE_DECIDED;
            case SERVICE_RECEIPT -> ActionType.DECISION_SERVED;
            case URGING_NOTICE -> ActionType.URGING_SERVED;
            case CLOSURE_APPROVAL -> ActionType.CLOSED;
        };
        return Optional.ofNullable(a);
    }

    /**
     * Whether the document may be printed before its step is recorded: the 告知书 once the investigation proposed
     * a penalty (it is printed, then served), the 催告书 once the decision was served or handed over on the spot.
     */
    public static boolean draftable(CaseRecord c, DocumentType type) {
        return switch (type) {
            case ADVANCE_NOTICE -> c.last(ConcludeInvestigation.class)
                    .filter(r -> r.outcome() == InvestigationOutcome.PENALTY).isPresent();
            case URGING_NOTICE -> c.has(ServeDecision.class) || c.has(DecideOnSite.class);
            default -> false;
        };
    }

    /** The step a draft needs, for the message when even that is missing. */
    public static Optional<ActionType> draftStepOf(DocumentType type) {
        return switch (type) {
            case ADVANCE_NOTICE -> Optional.of(ActionType.INVESTIGATION_CONCLUDED);
            case URGING_NOTICE -> Optional.of(ActionType.DECISION_SERVED);
            default -> Optional.empty();
        };
    }
}
