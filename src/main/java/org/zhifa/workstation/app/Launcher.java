package org.zhifa.workstation.app;

import org.zhifa.workstation.cli.Cli;
import org.zhifa.workstation.ui.StartupReport;

/**
 * The main class. It does not extend javafx.application.Application, so the program runs from the plain
 * classpath; with no sub-command the command line starts the GUI. A plain GUI start skips building the command
 * line (it takes a noticeable part of a second).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupReport.reached(StartupReport.MAIN);
        AppEnvironment environment = new AppEnvironment();
        GuiArguments gui = GuiArguments.parse(args);
        int code = gui != null
                ? environment.startGui(gui.dataDirectory(), gui.demo())
                : Cli.run(environment, args);
        System.exit(code);
    }
}
