package org.zhifa.workstation.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up milestones for the start-up benchmark and the installed-build test: with {@code -Dzhifa.startup.report=true}
 * a line "zhifa-startup EVENT epoch_ms=N" (the wall-clock time) goes to standard output when {@code main} is entered,
 * when JavaFX calls {@code start} ({@code fx-start}), when the first frame of the login screen has been laid out and
 * the FX thread is free for input ({@code first-frame}) and when login is enabled ({@code ready}). With
 * {@code -Dzhifa.startup.exitAfter=first-frame|ready} the program then exits (the AOT training run).
 */
public final class StartupReport {
    public static final String MAIN = "main";
    static final String FX_START = "fx-start";
    static final String FIRST_FRAME = "first-frame";
    static final String READY = "ready";
    private static final boolean REPORT = Boolean.getBoolean("zhifa.startup.report");
    private static final String EXIT_AFTER = System.getProperty("zhifa.startup.exitAfter", "");

    private StartupReport() {
    }

    /**
     * Runs {@code then} on the FX thread after the scene's first layout pulse, once the FX thread is free again (the
     * first frame is on its way to the screen and input is handled), and reports {@code first-frame} before it.
     */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                reached(FIRST_FRAME);
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Whether the program exits at this milestone (a training run of the AOT cache, a start-up measurement). */
    static boolean exitsAt(String event) {
        return EXIT_AFTER.equals(event);
    }

    /** Reports a milestone (on the FX thread, except {@link #MAIN}). */
    public static void reached(String event) {
        if (REPORT) {
            System.out.println("zhifa-startup " + event + " epoch_ms=" + System.currentTimeMillis());
            System.out.flush();
        }
        if (EXIT_AFTER.equals(event)) {
            Platform.exit();
        }
    }
}
