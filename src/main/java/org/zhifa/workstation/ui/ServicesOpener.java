package org.zhifa.workstation.ui;

import java.util.function.Consumer;

/**
 * Opens the data behind the GUI (database, demo data) off the FX thread while the login screen is already shown.
 * {@code progress} takes a short Chinese text of what is being done.
 */
@FunctionalInterface
public interface ServicesOpener {
    UiServices open(Consumer<String> progress) throws Exception;
}
