package org.zhifa.workstation.exchange.bundle;

/**
 * An exchange step that cannot be done as asked (an unknown case, a submission that is not pending, a key file that
 * cannot be read …); the message is Chinese and says why. Nothing was changed.
 */
public final class ExchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
