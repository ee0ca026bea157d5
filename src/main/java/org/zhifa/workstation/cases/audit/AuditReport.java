package org.zhifa.workstation.cases.audit;

import java.util.Optional;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The result of checking the hash chain of the audit log.
 *
 * @param entriesChecked the rows read (the whole log; the check goes on after the first problem to count them all)
 * @param problemCount   rows at which a problem was found (0 when intact)
 * @param firstProblem   the first problem in sequence order, if any
 */
public record AuditReport(long entriesChecked, int problemCount, Optional<Problem> firstProblem) {

    /** One place where the chain is broken. */
    public record Problem(long seq, AuditProblemKind kind, String description) {
    }

    public boolean ok() {
        return firstProblem.isEmpty();
    }

    /**
     * One or two Chinese lines for people: on success the number of entries checked; otherwise also the first
     * problem (its sequence number, kind and description).
     */
    public String summary() {
        if (ok()) {
            return Texts.tr("audit.report.ok", entriesChecked);
        }
        Problem p = firstProblem.orElseThrow();
        return Texts.tr("audit.report.broken", entriesChecked, problemCount, p.seq(), p.kind().label(), p.description());
    }
}
