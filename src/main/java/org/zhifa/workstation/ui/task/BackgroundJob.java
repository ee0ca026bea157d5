package org.zhifa.workstation.ui.task;

/** A handle on submitted background work. */
public interface BackgroundJob {

    /** Asks the job to stop; its callbacks are not called after this. */
    void cancel();

    boolean isDone();

    /** A job that has already finished. */
    static BackgroundJob done() {
        return new BackgroundJob() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
