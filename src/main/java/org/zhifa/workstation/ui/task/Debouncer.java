package org.zhifa.workstation.ui.task;

/**
 * Runs an action once a burst of requests has quietened down (e.g. typing in a search box).
 * {@link #immediate()} runs it at once, for tests.
 */
public interface Debouncer {

    /** Schedules {@code action}, replacing any action scheduled earlier and not yet run. */
    void schedule(Runnable action);

    /** Drops the pending action, if any. */
    void cancel();

    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void schedule(Runnable action) {
                action.run();
            }

            @Override
            public void cancel() {
            }
        };
    }
}
