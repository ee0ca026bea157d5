package org.zhifa.workstation.cases.security;

/** A user-management request cannot be carried out (name taken, weak password, …); the message is Chinese. */
public final class UserAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserAccountException(String message) {
        super(message);
    }
}
