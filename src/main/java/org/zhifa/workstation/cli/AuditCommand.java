package org.zhifa.workstation.cli;

import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.audit.AuditReport;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa audit verify}: checks the hash chain of the audit log. Exit 0 and a summary when it is intact; exit 2
 * and the first problem (sequence number, kind, description) on stderr when it is broken.
 */
@Command(name = "audit", subcommands = {AuditCommand.VerifyCommand.class})
final class AuditCommand {

    /** Sets the Chinese descriptions of {@code audit} and {@code audit verify}; called from {@code Cli.describe}. */
    static void describe(CommandLine audit) {
        audit.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.audit"));
        audit.getSubcommands().get("verify").getCommandSpec().usageMessage()
                .description(Texts.tr("cli.desc.audit.verify"));
    }

    /** {@code zhifa audit verify}. */
    @Command(name = "verify")
    static final class VerifyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                AuditReport report = services.audit().verify();
                if (!report.ok()) {
                    throw new InputRejectedException(report.summary());
                }
                System.out.println(report.summary());
                return ExitCodes.OK;
            }
        }
    }
}
