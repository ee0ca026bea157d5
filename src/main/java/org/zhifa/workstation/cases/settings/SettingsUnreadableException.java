package org.zhifa.workstation.cases.settings;

import java.nio.file.Path;

/**
 * The settings file exists but its content is not valid. It has not been changed; the user can repair it or choose
 * {@link SettingsService#resetToDefaults}. The message is Chinese and says both.
 */
public final class SettingsUnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SettingsUnreadableException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
