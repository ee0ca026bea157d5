package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;

/** One piece of evidence; the file itself lives in the content-addressed store (sha256). */
public record Evidence(
        EvidenceKind kind,
        String title,
        LocalDate collectedOn,
        String collectedBy,
        String proves,
        String fileName,
        String sha256) {
}
