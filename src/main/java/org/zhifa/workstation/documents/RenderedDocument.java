package org.zhifa.workstation.documents;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One produced document.
 *
 * @param caseNo     the case
 * @param type       the document type
 * @param occurrence which document of the type in the case (0-based)
 * @param title      its title (询问笔录（余某某）…)
 * @param number     its 文号, null when the type has none
 * @param issuedOn   its date (the date of the action it records, or the day it was made)
 * @param format     PDF or DOCX
 * @param bytes      the file
 * @param pages      the number of pages (PDF; null for DOCX, whose pagination is Word's)
 * @param sha256     the content hash under which the file is kept in the content store
 */
public record RenderedDocument(
        String caseNo,
        DocumentType type,
        int occurrence,
        String title,
        String number,
        LocalDate issuedOn,
        DocumentFormat format,
        byte[] bytes,
        Integer pages,
        String sha256) {

    public Optional<String> numberOpt() {
        return Optional.ofNullable(number);
    }
}
