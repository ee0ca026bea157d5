package org.zhifa.workstation.store.settings;

import java.nio.file.Path;
import org.zhifa.workstation.store.StoreException;

/** The settings file cannot be read or written. The message is Chinese and names the file. */
public final class SettingsFileException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final boolean corrupt;

    SettingsFileException(String message, Path file, boolean corrupt, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.corrupt = corrupt;
    }

    public Path file() {
        return file;
    }

    /**
     * True when the file exists but its content is not valid settings (the user can fix it or reset); false for
     * an input/output failure (disk, permissions).
     */
    public boolean corrupt() {
        return corrupt;
    }
}
