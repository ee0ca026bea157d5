package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;
import org.zhifa.workstation.domain.cases.action.AddEvidence;

/** One piece of evidence; the file itself lives in the content-addressed store (sha256). */
public record Evidence(
        EvidenceKind kind,
        String title,
        LocalDate collectedOn,
        String collectedBy,
        String proves,
        String fileName,
        String sha256,
        RecordingMetadata recording) {

    static Evidence of(AddEvidence a) {
        return new Evidence(a.kind(), a.title(), a.date(), a.actor(), a.proves(), a.fileName(), a.sha256(), a.recording());
    }
}
