package org.zhifa.workstation.ui.print;

/**
 * How a print request ended.
 *
 * @param printed true when the pages went to the printer; false when the user cancelled
 * @param pages   the number of pages sent (0 when cancelled)
 */
public record PrintOutcome(boolean printed, int pages) {

    public static PrintOutcome printed(int pages) {
        return new PrintOutcome(true, pages);
    }

    public static PrintOutcome cancelled() {
        return new PrintOutcome(false, 0);
    }
}
