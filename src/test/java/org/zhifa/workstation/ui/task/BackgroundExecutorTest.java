package org.zhifa.workstation.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class BackgroundExecutorTest {
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        executor.shutdown();
    }

    @Test
    void fxExecutorWorksOffTheFxThreadAndAnswersOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
        AtomicReference<String> result = new AtomicReference<>();
        executor.submit(() -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "完成";
        }, value -> {
            result.set(value);
            callbackOnFx.complete(Platform.isFxApplicationThread());
        }, failure -> callbackOnFx.completeExceptionally(failure));

        assertThat(callbackOnFx.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx.get()).isFalse();
        assertThat(result.get()).isEqualTo("完成");
    }

    @Test
    void fxExecutorHandsFailuresBackOnTheFxThread() throws Exception {
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        AtomicBoolean onFx = new AtomicBoolean();
        executor.submit(() -> {
            throw new IllegalStateException("boom");
        }, value -> failed.completeExceptionally(new AssertionError("should fail")), failure -> {
            onFx.set(Platform.isFxApplicationThread());
            failed.complete(failure);
        });
        assertThat(failed.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(onFx.get()).isTrue();
    }

    @Test
    void aCancelledJobDoesNotCallBack() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean called = new AtomicBoolean();
        BackgroundJob job = executor.submit(() -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return 1;
        }, value -> called.set(true), failure -> called.set(true));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        release.countDown();
        // a job submitted after it runs on the same pool and the FX queue: when it has answered, the first would have
        CompletableFuture<Integer> next = new CompletableFuture<>();
        executor.submit(() -> 2, next::complete, next::completeExceptionally);
        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        CompletableFuture<Void> fxQueue = new CompletableFuture<>();
        Platform.runLater(() -> fxQueue.complete(null));
        fxQueue.get(10, TimeUnit.SECONDS);
        assertThat(called.get()).isFalse();
        assertThat(job.isDone()).isTrue();
    }

    @Test
    void synchronousExecutorRunsInline() {
        SynchronousBackgroundExecutor sync = new SynchronousBackgroundExecutor();
        AtomicReference<Object> seen = new AtomicReference<>();
        BackgroundJob job = sync.submit(() -> 42, seen::set, seen::set);
        assertThat(seen.get()).isEqualTo(42);
        assertThat(job.isDone()).isTrue();
        sync.submit(() -> {
            throw new IllegalArgumentException("x");
        }, seen::set, seen::set);
        assertThat(seen.get()).isInstanceOf(IllegalArgumentException.class);
    }
}
