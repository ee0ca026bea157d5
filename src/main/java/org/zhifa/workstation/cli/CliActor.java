package org.zhifa.workstation.cli;

/** The actor recorded in the audit log for changes made from the command line. */
final class CliActor {
    static final String NAME = "cli";

    private CliActor() {
    }
}
