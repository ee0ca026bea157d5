package org.zhifa.workstation.ui;

import javafx.application.Application;
import org.zhifa.workstation.domain.text.Texts;

/** Starts the GUI. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * Shows the login screen at once, opens the data in the background (login is enabled when it is open), and
     * blocks until the window is closed and the opening has finished. JavaFX allows this once per process.
     */
    public static void launch(ServicesOpener opener) {
        ZhifaApplication.useOpener(opener);
        // the texts are read while JavaFX starts, not on the FX thread after it; the logging configuration waits
        // for the first use of a logger, after the first frame (it competed with JavaFX for the two cores of a
        // township laptop)
        Thread.ofPlatform().daemon().name("zhifa-warm-up").start(() -> Texts.tr("app.title"));
        try {
            Application.launch(ZhifaApplication.class);
        } finally {
            ZhifaApplication.awaitOpening();
        }
    }
}
