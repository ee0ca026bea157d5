package org.zhifa.workstation.ui.support;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import org.testfx.api.FxRobot;
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
        try {
            ZhifaApplication.useServices(new UiServices(ws.cases(), ws.referenceData(), dataDir));
            ZhifaApplication app = (ZhifaApplication) FxToolkit.setupApplication(ZhifaApplication.class);
            return new Started(app, ws, dataDir);
        } catch (RuntimeException | TimeoutException e) {
            ws.close();
            throw e;
        }
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

    /** Waits until a cell of the table shows exactly {@code text} (cells are refreshed on the next pulse). */
    public static Node cellShowing(FxRobot robot, String tableQuery, String text) {
        waitUntil("a cell showing " + text, () -> findCell(robot, tableQuery, text) != null);
        return fx(() -> findCell(robot, tableQuery, text));
    }

    private static Node findCell(FxRobot robot, String tableQuery, String text) {
        return robot.lookup(tableQuery + " .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> text.equals(c.getText()) && c.isVisible()).findFirst().orElse(null);
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
