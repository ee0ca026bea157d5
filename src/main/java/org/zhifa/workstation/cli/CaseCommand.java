package org.zhifa.workstation.cli;

import picocli.CommandLine.Command;

/** {@code zhifa case ...}. */
@Command(name = "case", subcommands = {CaseListCommand.class, CaseShowCommand.class, CaseExportCommand.class, CaseImportCommand.class})
final class CaseCommand {
}
