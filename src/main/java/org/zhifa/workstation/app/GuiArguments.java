package org.zhifa.workstation.app;

import java.nio.file.Path;

/**
 * The arguments of a plain GUI start ({@code [--data-dir DIR] [--demo]}), recognised without building the whole
 * command line, so the window appears sooner. Anything else goes through the command line.
 *
 * @param dataDirectory the {@code --data-dir} given, or null
 * @param demo          whether {@code --demo} was given
 */
record GuiArguments(Path dataDirectory, boolean demo) {
    private static final String DATA_DIR = "--data-dir";

    /** The GUI start these arguments ask for, or null when they are anything else (a command, --help, an error). */
    static GuiArguments parse(String... args) {
        Path dir = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--demo") && !demo) {
                demo = true;
            } else if (arg.equals(DATA_DIR) && dir == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                dir = Path.of(args[++i]);
            } else if (arg.startsWith(DATA_DIR + "=") && dir == null && arg.length() > DATA_DIR.length() + 1) {
                dir = Path.of(arg.substring(DATA_DIR.length() + 1));
            } else {
                return null;
            }
        }
        return new GuiArguments(dir, demo);
    }
}
