package org.zhifa.workstation.ui.print;

/** Printing failed for a reason the user can act on; the message is Chinese and complete. */
public class PrintFailedException extends RuntimeException {

    public PrintFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
