package org.zhifa.workstation.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work on the calling thread and calls back at once: for tests of view models. */
public final class SynchronousBackgroundExecutor implements BackgroundExecutor {

    @Override
    public <T> BackgroundJob submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return BackgroundJob.done();
        }
        onSuccess.accept(result);
        return BackgroundJob.done();
    }

    @Override
    public void shutdown() {
    }
}
