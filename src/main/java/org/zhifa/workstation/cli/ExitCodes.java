package org.zhifa.workstation.cli;

/** The exit codes of the command-line contract. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int REJECTED = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
