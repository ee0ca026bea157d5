package org.zhifa.workstation.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up milestones for the start-up benchmark and the installed-build test: with {@code -Dzhifa.startup.report=true}
 * a line "zhifa-startup EVENT uptime_ms=N" goes to standard output when the first frame of the login screen has been
 * laid out and the FX thread is free for input ({@code first-frame}) and when login is enabled ({@code ready}).
 * With {@code -Dzhifa.startup.exitAfter=first-frame|ready} the program then exits (the AOT training run).
 */
final class StartupReport {
    static final String FIRST_FRAME = "first-frame";
    static final String READY = "ready";
    private static final boolean REPORT = Boolean.getBoolean("zhifa.startup.report");
    private static final String EXIT_AFTER = System.getProperty("zhifa.startup.exitAfter", "");

    private StartupReport() {
    }

    /** Reports the first frame of the scene: after its first layout pulse, once the FX thread is idle again. */
    static void onFirstFrame(Scene scene) {
        if (!REPORT && EXIT_AFTER.isEmpty()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> reached(FIRST_FRAME));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Reports a milestone, on the FX thread. */
    static void reached(String event) {
        if (REPORT) {
            System.out.println("zhifa-startup " + event + " uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
        }
        if (EXIT_AFTER.equals(event)) {
            Platform.exit();
        }
    }
}
