package org.zhifa.workstation.stats;

/** The statistics or the disclosure cannot be produced as asked: the message is for the user, in Chinese. */
public final class StatisticsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatisticsException(String message) {
        super(message);
    }
}
