package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.backup.BackupRejectedException;
import org.zhifa.workstation.cases.backup.BackupSummary;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa backup --out FILE}: one backup file of the data directory (database, evidence, documents, settings,
 * keys), written while the program may be running; exit 2 with the reason when it cannot be written.
 */
@Command(name = "backup", resourceBundle = "org.zhifa.workstation.texts.backup")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.backup.option.help")
    boolean help;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.backup.option.out")
    Path out;

    static void describe(CommandLine backup) {
        backup.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.backup"));
    }

    @Override
    public Integer call() {
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            BackupSummary s;
            try {
                s = services.backups().backupTo(out);
            } catch (BackupRejectedException e) {
                throw new InputRejectedException(e.getMessage());
            }
            System.out.println(Texts.tr("cli.backup.done", s.file(), s.cases(), s.files(),
                    String.format(java.util.Locale.ROOT, "%.1f", s.totalBytes() / (1024.0 * 1024.0)), s.schemaVersion()));
            return ExitCodes.OK;
        }
    }
}
