package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.backup.BackupRejectedException;
import org.zhifa.workstation.cases.backup.BackupService;
import org.zhifa.workstation.cases.backup.RestoreSummary;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa restore FILE}: replaces the data directory by a backup. Refused with exit 2, nothing changed, for a
 * file that is not a complete backup of this program, one from a newer program, or while the program is running.
 * The data as it was is kept in a folder beside the data directory, which the output names.
 */
@Command(name = "restore", resourceBundle = "org.zhifa.workstation.texts.backup")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.backup.option.help")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.param.file")
    Path file;

    static void describe(CommandLine restore) {
        restore.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.restore"));
    }

    @Override
    public Integer call() {
        ZhifaCommand root = ZhifaCommand.rootOf(spec);
        Path dataDirectory = root.dataDirectoryPath();
        RestoreSummary r;
        try {
            r = BackupService.restore(dataDirectory, file, Clock.systemDefaultZone());
        } catch (BackupRejectedException e) {
            throw new InputRejectedException(e.getMessage());
        }
        System.out.println(Texts.tr("cli.restore.done", r.dataDirectory(), r.backup().createdAt().toString(),
                r.backup().programVersion(), r.backup().cases(), r.backup().files(), r.schemaVersion()));
        r.keptAside().ifPresent(a -> System.out.println(Texts.tr("cli.restore.keptAside", a)));
        return ExitCodes.OK;
    }
}
