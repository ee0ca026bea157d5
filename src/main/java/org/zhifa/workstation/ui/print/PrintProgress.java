package org.zhifa.workstation.ui.print;

/** The printer's side of a progress display: called from the printing thread. */
public interface PrintProgress {

    /** The page (1-based) of {@code pages} is being printed. */
    void printing(int page, int pages);

    /** True once the user asked to stop. */
    boolean cancelled();

    /** Reports nothing and never cancels. */
    PrintProgress NONE = new PrintProgress() {
        @Override
        public void printing(int page, int pages) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
