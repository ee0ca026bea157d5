package org.zhifa.workstation.ui.support;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.ui.UiServices;
import org.zhifa.workstation.ui.ZhifaApplication;
import org.zhifa.workstation.ui.main.MainWindow;

/** Starts the real application on a demo data directory, and waits for FX-thread conditions without sleeping. */
public final class FxTest {
    public static final long TIMEOUT_SECONDS = 20;

    private FxTest() {
    }

    /** The started application and the workstation behind it. */
    public record Started(ZhifaApplication application, Workstation workstation, Path dataDir) implements AutoCloseable {
        public MainWindow window() {
            return application.window();
        }

        @Override
        public void close() throws TimeoutException {
            FxToolkit.cleanupApplication(application);
            FxToolkit.cleanupStages();
            workstation.close();
        }
    }

    /** Loads the demo township into {@code dataDir} and starts {@link ZhifaApplication} on the primary stage. */
    public static Started start(Path dataDir) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Workstation ws = DemoData.open(dataDir);
        ZhifaApplication.useServices(new UiServices(ws.cases(), ws.referenceData(), dataDir));
        ZhifaApplication app = (ZhifaApplication) FxToolkit.setupApplication(ZhifaApplication.class);
        return new Started(app, ws, dataDir);
    }

    /** Evaluates on the FX thread. */
    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs on the FX thread and waits for it. */
    public static void fxRun(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until the condition, evaluated on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
