package org.zhifa.workstation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.cases.security.AccessDeniedException;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.exchange.township.TownshipExchange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa bundle export CASE_NO --out FILE | verify FILE | import FILE|DIR | withdraw CASE_NO}: signed case
 * bundles and review results (docs/bundle-format.md). Refusals exit with code 2 and the reasons on stderr.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS,
        subcommands = {BundleCommand.ExportCommand.class, BundleCommand.VerifyCommand.class,
                BundleCommand.ImportCommand.class, BundleCommand.WithdrawCommand.class})
final class BundleCommand {
    static final String TEXTS = "org.zhifa.workstation.texts.exchange";

    /** Sets the Chinese descriptions of {@code bundle} and its sub-commands; called from {@code Cli.describe}. */
    static void describe(CommandLine bundle) {
        bundle.getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.bundle"));
        bundle.getSubcommands().get("export").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.export"));
        bundle.getSubcommands().get("verify").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.verify"));
        bundle.getSubcommands().get("import").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.import"));
        bundle.getSubcommands().get("withdraw").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.withdraw"));
    }

    /** The exchange services of the opened data directory. */
    static ExchangeServices exchange(CliServices services) {
        return services.exchange();
    }

    /**
     * The command line acts as the operator of the installation, like {@code case import} and {@code demo}: every
     * role, recorded as "cli" in the audit log.
     */
    static Session session() {
        return new Session(new User(CliActor.NAME, null, EnumSet.allOf(Role.class), true), Instant.now());
    }

    /** Runs a step, turning the exchange's refusals into exit code 2 with the Chinese reasons. */
    static <T> T refusing(Supplier<T> step) {
        try {
            return step.get();
        } catch (BundleRejectedException e) {
            throw new InputRejectedException(lines(Texts.tr("exchange.cli.rejected"), e.reasons()));
        } catch (ExchangeException | AccessDeniedException e) {
            throw new InputRejectedException(e.getMessage());
        } catch (CaseRejectedException e) {
            throw new InputRejectedException(String.join("\n", e.reasons()));
        }
    }

    static String lines(String head, List<String> reasons) {
        StringBuilder b = new StringBuilder(head);
        for (String r : reasons) {
            b.append('\n').append(Texts.tr("exchange.cli.reason", r));
        }
        return b.toString();
    }

    static void warnings(List<Violation> warnings) {
        for (Violation w : warnings) {
            System.err.println(Texts.tr("cli.warning", w.describe()));
        }
    }

    /** {@code zhifa bundle export CASE_NO --out FILE [--officer CODE]}: 报送审核. */
    @Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = TEXTS)
    static final class ExportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "exchange.cli.param.caseNo")
        String caseNo;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "exchange.cli.option.bundleOut")
        Path out;

        @Option(names = "--officer", paramLabel = "OFFICER_CODE", descriptionKey = "exchange.cli.option.officer")
        String officer;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                TownshipExchange.SubmitResult r = refusing(() -> exchange(services).township()
                        .submitCase(caseNo, session(), out, officer, true));
                warnings(r.warnings());
                r.auditWarnings().forEach(w -> System.err.println(Texts.tr("cli.warning", w)));
                r.replaced().ifPresent(p -> System.out.println(Texts.tr("exchange.cli.export.replaced", p.bundleId())));
                System.out.println(Texts.tr("exchange.cli.export.done", caseNo, r.bundle().file(),
                        String.valueOf(r.bundle().manifest().caseRevision()), r.bundle().manifest().bundleId()));
                System.out.println(Texts.tr("exchange.cli.export.locked"));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code zhifa bundle verify FILE}: exit 0 when valid, 2 and the reasons otherwise; nothing is written. */
    @Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = TEXTS)
    static final class VerifyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "exchange.cli.param.bundle")
        Path file;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                ExchangeServices.Verified v = refusing(() -> exchange(services).verify(file));
                v.summary().forEach(System.out::println);
                return ExitCodes.OK;
            }
        }
    }

    /**
     * {@code zhifa bundle import FILE|DIR}: case bundles into the review queue, review results applied, catalog packs
     * applied. A folder: every file in it, each on its own; exit 2 when any was refused.
     */
    @Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = TEXTS)
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|DIR", descriptionKey = "exchange.cli.param.bundleOrDir")
        Path path;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                ExchangeServices exchange = exchange(services);
                if (!Files.isDirectory(path)) {
                    ExchangeServices.Imported r = refusing(() -> exchange.importBundle(path, session()));
                    warnings(r.warnings());
                    r.messages().forEach(System.out::println);
                    return ExitCodes.OK;
                }
                List<ExchangeServices.FolderEntry> entries = refusing(() -> exchange.importFolder(path, session()));
                List<String> refused = new ArrayList<>();
                int imported = 0;
                for (ExchangeServices.FolderEntry e : entries) {
                    if (e.imported().isPresent()) {
                        imported++;
                        System.out.println(Texts.tr("exchange.cli.import.fileDone", e.file().getFileName(),
                                String.join("；", e.imported().get().messages())));
                    } else {
                        refused.add(lines(Texts.tr("exchange.cli.import.fileRefused", e.file().getFileName()),
                                e.rejected().orElseThrow().reasons()));
                    }
                }
                System.out.println(Texts.tr("exchange.cli.import.folderSummary", entries.size(), imported, refused.size()));
                if (!refused.isEmpty()) {
                    throw new InputRejectedException(String.join("\n", refused));
                }
                return ExitCodes.OK;
            }
        }
    }

    /** {@code zhifa bundle withdraw CASE_NO [--reason TEXT]}: 撤回报送; the case is unlocked. */
    @Command(name = "withdraw", mixinStandardHelpOptions = true, resourceBundle = TEXTS)
    static final class WithdrawCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "exchange.cli.param.caseNo")
        String caseNo;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "exchange.cli.option.reason")
        String reason;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                TownshipExchange.Submission s = refusing(() -> exchange(services).township().withdraw(caseNo, reason, session()));
                System.out.println(Texts.tr("exchange.cli.withdrawn", caseNo, s.bundleId()));
                return ExitCodes.OK;
            }
        }
    }
}
