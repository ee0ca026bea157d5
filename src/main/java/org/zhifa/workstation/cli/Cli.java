package org.zhifa.workstation.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Runs the command line: parses, executes, and maps failures to the exit codes of the contract. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(CliEnvironment environment, String... args) {
        CommandLine cl = new CommandLine(new ZhifaCommand(environment));
        describe(cl);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionError(e, commandLine.getErr()));
        return cl.execute(args);
    }

    private static void describe(CommandLine root) {
        root.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.root"));
        root.getSubcommands().get("demo").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.demo"));
        AuditCommand.describe(root.getSubcommands().get("audit"));
        DocCommand.describe(root.getSubcommands().get("doc"));
        BundleCommand.describe(root.getSubcommands().get("bundle"));
        KeysCommand.describe(root.getSubcommands().get("keys"));
        ReviewCommand.describe(root.getSubcommands().get("review"));
        ReviewAuditCommand.describe(root.getSubcommands().get("review").getSubcommands().get("audit"));
        StatsCommand.describe(root.getSubcommands().get("stats"));
        BackupCommand.describe(root.getSubcommands().get("backup"));
        RestoreCommand.describe(root.getSubcommands().get("restore"));
        CommandLine caseCommand = root.getSubcommands().get("case");
        caseCommand.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.case"));
        caseCommand.getSubcommands().get("list").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.case.list"));
        caseCommand.getSubcommands().get("show").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.case.show"));
        caseCommand.getSubcommands().get("export").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.case.export"));
        caseCommand.getSubcommands().get("import").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.case.import"));
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(Texts.tr("cli.error.usage", e.getMessage()));
        err.println(e.getCommandLine().getHelp().fullSynopsis().strip());
        return ExitCodes.USAGE;
    }

    private static int executionError(Exception e, PrintWriter err) {
        if (e instanceof InputRejectedException) {
            err.println(e.getMessage());
            return ExitCodes.REJECTED;
        }
        LOG.error("command failed", e);
        err.println(Texts.tr("cli.error.internal", e.getMessage()));
        return ExitCodes.INTERNAL;
    }
}
