package org.zhifa.workstation.ui.task;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread: the action runs after the given quiet period. */
public final class FxDebouncer implements Debouncer {
    /** The pause after the last keystroke before a search runs. */
    public static final Duration SEARCH_DELAY = Duration.millis(250);

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
        this.pause.setOnFinished(event -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        pause.stop();
    }
}
