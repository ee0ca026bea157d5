package org.zhifa.workstation.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.zhifa.workstation.ui.main.MainWindow;

/**
 * The JavaFX application. The services are handed over through {@link #useServices(UiServices)} before
 * {@code Application.launch}, because JavaFX creates this class itself.
 */
public final class ZhifaApplication extends Application {
    private static volatile UiServices services;
    private MainWindow window;

    /** Sets the services the next started application uses. */
    public static void useServices(UiServices uiServices) {
        services = Objects.requireNonNull(uiServices);
    }

    @Override
    public void start(Stage stage) {
        UiServices current = services;
        if (current == null) {
            throw new IllegalStateException("ZhifaApplication.useServices must be called before launch");
        }
        UiFonts.loadBundledFont();
        window = MainWindow.open(stage, current);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
            window = null;
        }
    }

    /** The open main window, for tests. */
    public MainWindow window() {
        return window;
    }
}
