package org.zhifa.workstation.review;

/** The audit cannot be done as asked (an unknown case, an unreadable rubric): the message is for the user, in Chinese. */
public final class AuditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
