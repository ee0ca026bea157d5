package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.AnnualStatisticsService;
import org.zhifa.workstation.stats.DisclosureEntry;
import org.zhifa.workstation.stats.Indicators;
import org.zhifa.workstation.stats.PublicDisclosureService;
import org.zhifa.workstation.stats.StatisticsException;
import org.zhifa.workstation.stats.StatisticsServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa stats --year YYYY --out FILE.xlsx [--json] [--authority CODE]}: the 统计年报 of a year (with the year
 * before) as an XLSX table, the JSON on stdout with {@code --json}. {@code zhifa stats disclosure --out FILE.csv|.xlsx
 * [--as-of YYYY-MM-DD] [--authority CODE] [--json]}: the 公示 register with personal data masked.
 */
@Command(name = "stats", resourceBundle = "org.zhifa.workstation.texts.review_stats",
        subcommands = {StatsCommand.DisclosureCommand.class})
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.stats.option.year")
    Integer year;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "cli.stats.option.out")
    Path out;

    @Option(names = "--json", descriptionKey = "cli.stats.option.json")
    boolean json;

    @Option(names = "--authority", paramLabel = "CODE", descriptionKey = "cli.stats.option.authority")
    String authority;

    /** Sets the Chinese descriptions of {@code stats} and {@code stats disclosure}; called from {@code Cli.describe}. */
    public static void describe(CommandLine stats) {
        stats.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.stats"));
        stats.getSubcommands().get("disclosure").getCommandSpec().usageMessage()
                .description(Texts.tr("cli.desc.stats.disclosure"));
    }

    @Override
    public Integer call() throws Exception {
        if (year == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Texts.tr("cli.stats.yearRequired"));
        }
        if (out == null && !json) {
            throw new CommandLine.ParameterException(spec.commandLine(), Texts.tr("cli.stats.outRequired"));
        }
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            AnnualStatisticsService stats = services(services).annualStatistics();
            long start = System.nanoTime();
            AnnualStatistics s;
            try {
                s = stats.compute(year, authority);
            } catch (StatisticsException e) {
                throw new InputRejectedException(e.getMessage());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (out != null) {
                AtomicFiles.write(out, stats.workbook(s));
            }
            if (json) {
                System.out.println(stats.toJson(s));
                return ExitCodes.OK;
            }
            Indicators c = s.current();
            System.out.println(Texts.tr("cli.stats.title", s.authorityName(), String.valueOf(c.year())));
            System.out.println(Texts.tr("cli.stats.cases", c.filed(), c.concluded(),
                    c.closureRate() == null ? "-" : c.closureRate().toPlainString()));
            StringBuilder types = new StringBuilder();
            for (PenaltyType t : PenaltyType.values()) {
                if (c.decisionsOf(t) > 0) {
                    types.append(Texts.tr("cli.stats.type", Texts.label(t), c.decisionsOf(t)));
                }
            }
            System.out.println(Texts.tr("cli.stats.decisions", c.decisions(), types.toString().strip()));
            System.out.println(Texts.tr("cli.stats.amount", c.amountTenThousand().toPlainString()));
            System.out.println(Texts.tr("cli.stats.leniency", c.noPenalty(), c.firstOffense(), c.light()));
            System.out.println(Texts.tr("cli.stats.procedure", c.hearings(), c.reviews(), c.reviewsPassed(),
                    c.reviewsRejected(), c.transfers()));
            System.out.println(Texts.tr("cli.stats.staff", c.officers(), c.certified(),
                    c.certificationRate() == null ? "-" : c.certificationRate().toPlainString()));
            if (out != null) {
                System.out.println(Texts.tr("cli.stats.written", out.toAbsolutePath(), millis));
            }
            return ExitCodes.OK;
        }
    }

    static StatisticsServices services(CliServices services) {
        if (services instanceof StatisticsServices s) {
            return s;
        }
        throw new IllegalStateException("CliServices does not provide the statistics (StatisticsServices)");
    }

    /** {@code zhifa stats disclosure --out FILE.csv|FILE.xlsx [--as-of YYYY-MM-DD] [--authority CODE] [--json]}. */
    @Command(name = "disclosure", resourceBundle = "org.zhifa.workstation.texts.review_stats")
    public static final class DisclosureCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE.csv|FILE.xlsx", descriptionKey = "cli.stats.disclosure.option.out")
        Path out;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.stats.disclosure.option.asOf")
        LocalDate asOf;

        @Option(names = "--authority", paramLabel = "CODE", descriptionKey = "cli.stats.disclosure.option.authority")
        String authority;

        @Option(names = "--json", descriptionKey = "cli.stats.disclosure.option.json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (out == null && !json) {
                throw new CommandLine.ParameterException(spec.commandLine(), Texts.tr("cli.stats.outRequired"));
            }
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                PublicDisclosureService disclosure = services(services).publicDisclosure();
                LocalDate day = asOf == null ? LocalDate.now() : asOf;
                List<DisclosureEntry> entries = disclosure.register(day, authority);
                if (out != null) {
                    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
                    AtomicFiles.write(out, name.endsWith(".csv") ? disclosure.csv(entries) : disclosure.workbook(entries, day));
                }
                if (json) {
                    System.out.println(DisclosureJson.write(entries));
                    return ExitCodes.OK;
                }
                for (DisclosureEntry e : entries) {
                    System.out.println(Texts.tr("cli.stats.disclosure.line", e.action() == org.zhifa.workstation.stats.DisclosureAction.PUBLISH
                                    ? Texts.tr("disclosure.publish") : Texts.tr("disclosure.withdraw"),
                            e.caseNo(), e.partyName(), e.decidedOn().toString(), e.dueOn().toString(),
                            e.overdue() ? Texts.tr("disclosure.status.overdue") : Texts.tr("disclosure.status.due")));
                }
                System.out.println(Texts.tr("cli.stats.disclosure.count", entries.size()));
                if (out != null) {
                    System.out.println(Texts.tr("cli.stats.disclosure.written", out.toAbsolutePath()));
                }
                return ExitCodes.OK;
            }
        }
    }

    /** The register as JSON (masked values only; the case number stays for the township's own use). */
    static final class DisclosureJson {
        private DisclosureJson() {
        }

        static String write(List<DisclosureEntry> entries) throws com.fasterxml.jackson.core.JsonProcessingException {
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
            com.fasterxml.jackson.databind.node.ArrayNode a = m.createArrayNode();
            for (DisclosureEntry e : entries) {
                com.fasterxml.jackson.databind.node.ObjectNode n = a.addObject();
                n.put("action", e.action().name());
                n.put("caseNo", e.caseNo());
                n.put("decisionNumber", e.decisionNumber());
                n.put("caseName", e.caseName());
                n.put("party", e.partyName());
                n.put("partyNumber", e.partyNumber());
                n.put("legalRepresentative", e.legalRepresentative());
                n.put("address", e.address());
                n.put("facts", e.facts());
                n.put("basis", e.basis());
                n.put("penalty", e.penalty());
                n.put("authority", e.authority());
                n.put("decidedOn", e.decidedOn().toString());
                n.put("dueOn", e.dueOn().toString());
                n.put("overdue", e.overdue());
                n.put("provisional", e.provisional());
                n.put("reason", e.reason());
            }
            return m.writeValueAsString(a);
        }
    }
}
