package org.zhifa.workstation.ui.support;

import java.nio.file.Path;
import java.time.Clock;
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
import org.zhifa.workstation.ui.print.DocumentPrinter;

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

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "zhifa2025";

    /**
     * Loads the demo township into {@code dataDir} and starts {@link ZhifaApplication} on the primary stage: the
     * login screen shows.
     */
    public static Started start(Path dataDir) throws TimeoutException {
        return start(dataDir, Clock.systemDefaultZone());
    }

    /** As {@link #start(Path)}, with "today" from the given clock. */
    public static Started start(Path dataDir, Clock clock) throws TimeoutException {
        return start(dataDir, clock, new RecordingPrinter());
    }

    /** As {@link #start(Path, Clock)}, printing to the given printer (no real printer exists here). */
    public static Started start(Path dataDir, Clock clock, DocumentPrinter printer) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Workstation ws = DemoData.open(dataDir);
        try {
            ZhifaApplication.useServices(services(ws, clock, printer));
            ZhifaApplication app = (ZhifaApplication) FxToolkit.setupApplication(ZhifaApplication.class);
            return new Started(app, ws, dataDir);
        } catch (RuntimeException | TimeoutException e) {
            ws.close();
            throw e;
        }
    }

    /** The services of a workstation as the GUI gets them. */
    public static UiServices services(Workstation ws, Clock clock) {
        return services(ws, clock, new RecordingPrinter());
    }

    public static UiServices services(Workstation ws, Clock clock, DocumentPrinter printer) {
        return new UiServices(ws.cases(), ws.referenceData(), ws.users(), ws.evidenceFiles(),
                () -> ws.settings().settings().procedure(), clock, ws.dataDirectory(), ws.documents(), ws.exchange(), ws, ws,
                printer);
    }

    /** Starts the application and logs in through the login screen as the demo user (e.g. "o02"). */
    public static Started startLoggedIn(Path dataDir, String username) throws TimeoutException {
        return startLoggedIn(dataDir, username, Clock.systemDefaultZone());
    }

    public static Started startLoggedIn(Path dataDir, String username, Clock clock) throws TimeoutException {
        return startLoggedIn(dataDir, username, clock, new RecordingPrinter());
    }

    /** As {@link #startLoggedIn(Path, String, Clock)}, printing to the given printer. */
    public static Started startLoggedIn(Path dataDir, String username, Clock clock, DocumentPrinter printer)
            throws TimeoutException {
        Started app = start(dataDir, clock, printer);
        try {
            logIn(new FxRobot(), app, username, DEMO_PASSWORD);
            waitUntil("the main window after login", () -> app.application().window() != null);
            return app;
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /** Types the username and password into the login screen and presses 登录. */
    public static void logIn(FxRobot robot, Started app, String username, String password) {
        waitUntil("the login screen", () -> robot.lookup("#loginUsername").tryQuery().isPresent());
        fxRun(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#loginUsername").query()).setText(username);
            ((javafx.scene.control.TextField) robot.lookup("#loginPassword").query()).setText(password);
        });
        robot.clickOn("#loginButton");
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

    /** A clock standing on the given day (at noon, system zone): "today" for deterministic screens. */
    public static Clock fixedClock(java.time.LocalDate day) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** Scrolls every scroll pane around the node so that the node is in view (before clicking it). */
    public static void scrollIntoView(Node node) {
        fxRun(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.scene.Node content = sp.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double contentHeight = content.getBoundsInLocal().getHeight();
                    double viewport = sp.getViewportBounds().getHeight();
                    if (contentHeight > viewport) {
                        double target = Math.max(0, Math.min(b.getMinY() - 20, contentHeight - viewport));
                        sp.setVvalue(target / (contentHeight - viewport));
                    }
                    sp.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
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
