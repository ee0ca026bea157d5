package org.zhifa.workstation.store.backup;

import org.zhifa.workstation.store.StoreException;

/** A backup that cannot be written, or a file that cannot be restored; the message says why, in Chinese. */
public final class BackupException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not a backup of this program (not a ZIP file, no manifest, another kind). */
        NOT_A_BACKUP,
        /** Ours, but incomplete or changed (a truncated file, a missing entry, a hash that differs). */
        DAMAGED,
        /** Written by a newer program: a newer backup format or database schema. */
        NEWER,
        /** The data directory's database is open in a running program. */
        IN_USE,
        /** Reading, writing or moving files failed. */
        WRITE
    }

    private final Reason reason;

    public BackupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BackupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
