package org.zhifa.workstation.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX application thread and hands the result or the failure back on it.
 * The GUI uses {@link FxBackgroundExecutor}; view-model tests use {@link SynchronousBackgroundExecutor}.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background. Exactly one of {@code onSuccess} or {@code onFailure} is called
     * afterwards, on the JavaFX application thread (or inline for the synchronous executor), unless the job
     * was cancelled first.
     */
    <T> BackgroundJob submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work; running jobs may finish. */
    void shutdown();
}
