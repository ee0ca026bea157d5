package org.zhifa.workstation.documents.template;

import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.domain.cases.ProcedureKind;

/**
 * One entry of templates/index.json.
 *
 * @param type         the document type
 * @param title        the Chinese title (行政处罚决定书)
 * @param file         the template file inside the templates folder (DECISION.docx)
 * @param archiveOrder the position in the 卷宗 (smaller first)
 * @param procedure    GENERAL, SUMMARY or BOTH
 * @param numbered     whether the document gets a 文号 from the authority's sequence
 * @param numberCode   the 文书代字 of the 文号 (罚决), for numbered types
 * @param required     the fields that must have a value before anything is produced
 */
public record TemplateEntry(
        DocumentType type,
        String title,
        String file,
        int archiveOrder,
        String procedure,
        boolean numbered,
        String numberCode,
        List<String> required) {

    public TemplateEntry {
        required = required == null ? List.of() : List.copyOf(required);
        procedure = procedure == null || procedure.isBlank() ? "BOTH" : procedure.strip();
    }

    /** Whether the document belongs to cases of this procedure. */
    public boolean appliesTo(ProcedureKind kind) {
        return "BOTH".equalsIgnoreCase(procedure) || kind == null || procedure.equalsIgnoreCase(kind.name());
    }

    public Optional<String> numberCodeOpt() {
        return numbered && numberCode != null && !numberCode.isBlank() ? Optional.of(numberCode.strip()) : Optional.empty();
    }
}
