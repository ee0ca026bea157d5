package org.zhifa.workstation.cases.audit;

import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.cases.audit.AuditReport.Problem;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.Stores;

/**
 * Checks the hash chain of the audit log (全过程记录): every row's hash must match its fields, every row must
 * point at the hash of the row before it, the sequence numbers must run 1, 2, 3… without a gap, and the first row
 * must start from {@link AuditEntry#GENESIS}.
 *
 * <p>What a chain cannot show: rows cut off at the end, or a log rewritten from some row on with every later hash
 * recomputed. Keeping the last hash elsewhere (a backup, a bundle sent to the county) is what catches those.
 */
public final class AuditService {
    private final Stores stores;

    public AuditService(Stores stores) {
        this.stores = stores;
    }

    /** Reads the whole log and checks it. Read-only: needs no role. */
    public AuditReport verify() {
        List<AuditEntry> entries = stores.database().read(tx -> stores.auditLog().all(tx));
        return check(entries);
    }

    /** Checks entries given in ascending sequence order. */
    public static AuditReport check(List<AuditEntry> entries) {
        Problem first = null;
        int problems = 0;
        AuditEntry previous = null;
        for (AuditEntry e : entries) {
            Problem p = problemAt(previous, e);
            if (p != null) {
                problems++;
                if (first == null) {
                    first = p;
                }
            }
            previous = e;
        }
        return new AuditReport(entries.size(), problems, Optional.ofNullable(first));
    }

    /** The problem of one row given the row before it (null for the first row), or null when the row is sound. */
    private static Problem problemAt(AuditEntry previous, AuditEntry e) {
        if (!e.isIntact()) {
            return new Problem(e.seq(), AuditProblemKind.EDITED, Texts.tr("audit.problem.edited", e.seq()));
        }
        long expected = previous == null ? 1 : previous.seq() + 1;
        if (e.seq() < expected) {
            // only possible before the first real row: a sequence number below 1 was put in
            return new Problem(e.seq(), AuditProblemKind.INSERTED, Texts.tr("audit.problem.badSeq", e.seq()));
        }
        if (e.seq() != expected) {
            long lastMissing = e.seq() - 1;
            String text = lastMissing == expected
                    ? Texts.tr("audit.problem.deletedOne", expected)
                    : Texts.tr("audit.problem.deletedRange", expected, lastMissing);
            return new Problem(expected, AuditProblemKind.DELETED, text);
        }
        if (previous == null) {
            if (!AuditEntry.GENESIS.equals(e.prevHash())) {
                return new Problem(e.seq(), AuditProblemKind.DELETED, Texts.tr("audit.problem.deletedStart", e.seq()));
            }
            return null;
        }
        if (!previous.hash().equals(e.prevHash())) {
            return new Problem(e.seq(), AuditProblemKind.INSERTED,
                    Texts.tr("audit.problem.inserted", e.seq(), previous.seq()));
        }
        return null;
    }
}
