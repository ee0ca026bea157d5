package org.zhifa.workstation.documents.fields;

import java.time.LocalDate;
import org.zhifa.workstation.documents.DocumentType;

/**
 * One document a case has at its stage (see {@link CaseFields#documents}): the type, which one of that type
 * (the {@link FieldContext#occurrence()} to render it with), its date and a title for the 卷内目录.
 *
 * @param type       the document type
 * @param occurrence 0-based index among the case's documents of this type
 * @param date       the date of the action it records, or null (卷宗封面, 卷内目录, 备考表)
 * @param title      the Chinese title, with the person or the served document where that tells two apart
 */
public record DocumentInstance(DocumentType type, int occurrence, LocalDate date, String title) {
}
