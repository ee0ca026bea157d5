package org.zhifa.workstation.cli;

import java.nio.file.Path;

/** What the composition root gives the command line: how to open the services and how to start the GUI. */
public interface CliEnvironment {
    /** Opens the data directory; null means the default one. */
    CliServices open(Path dataDirectory);

    /** The data directory a command works on, without opening it (null means the default one). */
    default Path dataDirectory(Path dataDirectory) {
        try (CliServices services = open(dataDirectory)) {
            return services.dataDirectory();
        }
    }

    /** Starts the GUI and blocks until it closes; returns the exit code. */
    int startGui(Path dataDirectory, boolean loadDemo);
}
