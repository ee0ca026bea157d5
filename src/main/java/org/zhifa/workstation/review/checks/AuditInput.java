package org.zhifa.workstation.review.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.RuleContext;

/**
 * What the automatic checks read: the case, the rule context it is judged in (officers and their certificates,
 * catalog, calendar, settings), the deadlines the procedure engine computes for it, the day of the audit, and —
 * when the case's documents were produced — their text and 文号.
 *
 * @param documents the text of each produced Word document; null when none was produced (the document checks then
 *                  skip with a note)
 * @param numbers   the 文号 given to the case's documents; null when none was produced
 */
public record AuditInput(CaseRecord c, RuleContext ctx, List<DeadlineItem> deadlines, LocalDate asOf,
                         List<DocumentText> documents, List<IssuedNumber> numbers) {

    public AuditInput {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(asOf, "asOf");
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        documents = documents == null ? null : List.copyOf(documents);
        numbers = numbers == null ? null : List.copyOf(numbers);
    }

    /** The input without documents. */
    public static AuditInput of(CaseRecord c, RuleContext ctx, List<DeadlineItem> deadlines, LocalDate asOf) {
        return new AuditInput(c, ctx, deadlines, asOf, null, null);
    }

    public AuditInput withDocuments(List<DocumentText> texts, List<IssuedNumber> issued) {
        return new AuditInput(c, ctx, deadlines, asOf, texts, issued);
    }
}
