package org.zhifa.workstation.cases.backup;

/** A backup file that cannot be restored, or a data directory that cannot take it now; nothing was changed. */
public final class BackupRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
