package org.zhifa.workstation.app;

import org.zhifa.workstation.cli.Cli;

/**
 * The main class. It does not extend javafx.application.Application, so the program runs from the plain
 * classpath; with no sub-command the command line starts the GUI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = Cli.run(new AppEnvironment(), args);
        System.exit(code);
    }
}
