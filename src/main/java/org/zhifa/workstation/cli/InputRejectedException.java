package org.zhifa.workstation.cli;

/** The user's input cannot be acted on: exit code 2 and the (Chinese) reason on stderr. */
public final class InputRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputRejectedException(String message) {
        super(message);
    }
}
