package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** A piece of evidence of one of the eight Art 46 types; AV items carry their recording metadata. */
public record AddEvidence(
        java.time.LocalDate date,
        String actor,
        org.zhifa.workstation.domain.cases.EvidenceKind kind,
        String title,
        String proves,
        String fileName,
        String sha256,
        RecordingMetadata recording) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.EVIDENCE_ADDED;
    }
}
