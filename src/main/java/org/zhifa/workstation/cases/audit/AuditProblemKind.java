package org.zhifa.workstation.cases.audit;

import org.zhifa.workstation.domain.text.Texts;

/** What is wrong at a place in the audit log. */
public enum AuditProblemKind {
    /** The row's stored hash differs from the hash of its fields: the row was changed. */
    EDITED,
    /** The row is intact but does not chain to the row before it: a row was put in (or replaced) before it. */
    INSERTED,
    /** Sequence numbers skip, or the first row does not start from the genesis hash: rows were removed. */
    DELETED;

    /** The short Chinese name of the kind. */
    public String label() {
        return switch (this) {
            case EDITED -> Texts.tr("audit.kind.edited");
            case INSERTED -> Texts.tr("audit.kind.inserted");
            case DELETED -> Texts.tr("audit.kind.deleted");
        };
    }
}
