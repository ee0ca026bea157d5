package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: with no sub-command it starts the GUI. */
@Command(name = "zhifa", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Texts.BUNDLE,
        subcommands = {DemoCommand.class, CaseCommand.class, AuditCommand.class, DocCommand.class, BundleCommand.class,
                KeysCommand.class, ReviewCommand.class, StatsCommand.class, BackupCommand.class, RestoreCommand.class})
public final class ZhifaCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path dataDirectory;

    @Option(names = "--demo", descriptionKey = "cli.option.demo")
    boolean demo;

    public ZhifaCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return environment.startGui(dataDirectory, demo);
    }

    /** The root command object of any command in the tree. */
    static ZhifaCommand rootOf(picocli.CommandLine.Model.CommandSpec spec) {
        return (ZhifaCommand) spec.root().userObject();
    }

    /** Opens the services for the chosen data directory. */
    CliServices open() {
        return environment.open(dataDirectory);
    }

    /** The chosen data directory, not opened. */
    Path dataDirectoryPath() {
        return environment.dataDirectory(dataDirectory);
    }
}
