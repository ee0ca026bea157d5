package org.zhifa.workstation.app;

import java.nio.file.Path;

/** Where an installation keeps its database, evidence, documents and settings. */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** {@code --data-dir} when given, else ~/.zhifa-workstation (Linux, macOS) or %APPDATA%\ZhifaWorkstation (Windows). */
    public static Path resolve(Path override) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String appData = System.getenv("APPDATA");
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (windows && appData != null && !appData.isBlank()) {
            return Path.of(appData, "ZhifaWorkstation");
        }
        return Path.of(System.getProperty("user.home"), ".zhifa-workstation");
    }
}
