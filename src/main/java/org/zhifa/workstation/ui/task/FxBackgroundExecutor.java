package org.zhifa.workstation.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs each job as a {@link Task} on a small pool of daemon threads; callbacks arrive on the FX thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService pool;

    public FxBackgroundExecutor() {
        this(2);
    }

    public FxBackgroundExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread t = new Thread(runnable, "zhifa-background-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> BackgroundJob submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        // a cancelled task whose work then fails (e.g. interrupted) still reports FAILED: stay quiet after cancel
        task.setOnSucceeded(event -> {
            if (!cancelled.get()) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (!cancelled.get()) {
                onFailure.accept(task.getException());
            }
        });
        pool.execute(task);
        return new BackgroundJob() {
            @Override
            public void cancel() {
                cancelled.set(true);
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
