package org.zhifa.workstation.ui;

import javafx.application.Application;

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
        try {
            Application.launch(ZhifaApplication.class);
        } finally {
            ZhifaApplication.awaitOpening();
        }
    }
}
