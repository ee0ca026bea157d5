package org.zhifa.workstation.ui;

import javafx.application.Application;

/** Starts the GUI. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * Shows the main window over the given services and blocks until it is closed.
     * JavaFX allows this once per process.
     */
    public static void launch(UiServices services) {
        ZhifaApplication.useServices(services);
        Application.launch(ZhifaApplication.class);
    }
}
