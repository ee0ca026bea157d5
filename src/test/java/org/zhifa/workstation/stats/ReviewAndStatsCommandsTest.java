package org.zhifa.workstation.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.CliEnvironment;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cli.InputRejectedException;
import org.zhifa.workstation.cli.ReviewAuditCommand;
import org.zhifa.workstation.cli.StatsCommand;
import org.zhifa.workstation.cli.ZhifaCommand;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.stats.DisclosureSettings;
import org.zhifa.workstation.domain.stats.StatisticsSettings;
import org.zhifa.workstation.review.AuditSettings;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.review.ReviewServices;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zhifa review audit} and {@code zhifa stats} run as the command line runs them: the root command, the data
 * directory option, exit codes 0 / 1 / 2. The service container is the one the composition root will provide once
 * wired (CliServices with ReviewServices and StatisticsServices); until then the commands are attached here.
 */
class ReviewAndStatsCommandsTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;

    @BeforeEach
    void data() {
        Stores stores = StatsFixtures.open(dir);
        StatsFixtures.insert(stores, List.of(
                StatsFixtures.newCase("S1").filed(StatsFixtures.d("2023-03-01"))
                        .decided(StatsFixtures.d("2023-04-01"), StatsFixtures.fine("500")).closed(StatsFixtures.d("2023-05-01")).build(),
                StatsFixtures.newCase("S2").filed(StatsFixtures.d("2023-06-01")).build(),
                org.zhifa.workstation.review.AuditFixturesAccess.clean(),
                onlyOneHandler(org.zhifa.workstation.review.AuditFixturesAccess.clean())));
        stores.database().close();
    }

    private static CaseRecord onlyOneHandler(CaseRecord c) {
        List<org.zhifa.workstation.domain.cases.CaseAction> actions = new java.util.ArrayList<>(c.actions());
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) instanceof FileCase f) {
                actions.set(i, new FileCase(f.date(), f.actor(), f.approvedBy(), List.of(f.actor()), null));
            }
        }
        return new CaseRecord("BD-2025-0998", c.authority(), c.matter(), c.party(), c.procedure(), c.state(), c.source(),
                c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(), c.closedOn(),
                c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), actions);
    }

    /** A stand-in for the composition root: a fresh container over the data directory per command. */
    private static final class Environment implements CliEnvironment {
        @Override
        public CliServices open(Path dataDirectory) {
            Database db = Database.open(dataDirectory);
            Stores stores = Stores.over(db);
            CaseFileAuditService audit = new CaseFileAuditService(stores, dataDirectory, ProcedureSettings::defaults,
                    AuditSettings::defaults, Clock.systemDefaultZone());
            AnnualStatisticsService statistics = new AnnualStatisticsService(stores, StatisticsSettings::defaults,
                    Clock.systemDefaultZone());
            PublicDisclosureService disclosure = new PublicDisclosureService(stores, DisclosureSettings::defaults,
                    Clock.systemDefaultZone());
            InvocationHandler h = (proxy, method, args) -> switch (method.getName()) {
                case "caseFileAudit" -> audit;
                case "annualStatistics" -> statistics;
                case "publicDisclosure" -> disclosure;
                case "dataDirectory" -> dataDirectory;
                case "close" -> {
                    db.close();
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            };
            return (CliServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {CliServices.class, ReviewServices.class, StatisticsServices.class}, h);
        }

        @Override
        public int startGui(Path dataDirectory, boolean loadDemo) {
            throw new UnsupportedOperationException();
        }
    }

    @Command(name = "review")
    static final class ReviewParent {
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = new CommandLine(new ZhifaCommand(new Environment()));
        if (!cl.getSubcommands().containsKey("stats")) {
            cl.addSubcommand("stats", new StatsCommand());
        }
        if (!cl.getSubcommands().containsKey("review")) {
            cl.addSubcommand("review", new ReviewParent());
        }
        CommandLine review = cl.getSubcommands().get("review");
        if (!review.getSubcommands().containsKey("audit")) {
            review.addSubcommand("audit", new ReviewAuditCommand());
        }
        ReviewAuditCommand.describe(review.getSubcommands().get("audit"));
        StatsCommand.describe(cl.getSubcommands().get("stats"));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            return 1;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println(e.getMessage());
            return e instanceof InputRejectedException ? 2 : 3;
        });
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.toString()));
            all.addAll(List.of(args));
            int exit = cl.execute(all.toArray(String[]::new));
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void statsWritesTheWorkbookAndSummarises() throws Exception {
        Path xlsx = out.resolve("年报2023.xlsx");
        Run r = run("stats", "--year", "2023", "--out", xlsx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(r.out()).contains("立案2件，结案1件，结案率50.00%").contains("罚款1件").contains("已写入");
    }

    @Test
    void statsJsonForScripts_andAnUnknownAuthorityIsRejected() {
        Run r = run("stats", "--year", "2023", "--json", "--authority", "BADU");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"filed\" : 2").contains("\"authority\" : \"BADU\"");
        Run bad = run("stats", "--year", "2023", "--json", "--authority", "NOPE");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("执法主体NOPE不存在");
    }

    @Test
    void statsWithoutAYearOrAnOutputIsAUsageError() {
        assertThat(run("stats", "--out", out.resolve("x.xlsx").toString()).exit()).isEqualTo(1);
        Run noOut = run("stats", "--year", "2023");
        assertThat(noOut.exit()).isEqualTo(1);
        assertThat(noOut.err()).contains("--out");
    }

    @Test
    void reviewAuditPrintsScoreVerdictAndWhetherTheFileMayBeSent() throws Exception {
        Run ok = run("review", "audit", "BD-2025-0999", "--as-of", "2025-06-30");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("案卷评查：BD-2025-0999").contains("得分：100").contains("合格")
                .contains("可以报送审核");
        Path pdf = out.resolve("评查.pdf");
        Run vetoed = run("review", "audit", "BD-2025-0998", "--as-of", "2025-06-30", "--pdf", pdf.toString());
        assertThat(vetoed.exit()).isZero();
        assertThat(vetoed.out()).contains("[否决] V02").contains("不得报送审核");
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void reviewAuditJson_batchWorkbook_andUnknownCases() throws Exception {
        Run json = run("review", "audit", "BD-2025-0998", "--json", "--as-of", "2025-06-30");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"blocksSubmission\" : true").contains("\"item\" : \"V02\"");
        Path xlsx = out.resolve("batch.xlsx");
        Run batch = run("review", "audit", "S1", "S2", "BD-2025-0999", "BD-2025-0998", "--xlsx", xlsx.toString());
        assertThat(batch.exit()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Run unknown = run("review", "audit", "NOPE-9");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("NOPE-9");
        assertThat(run("review", "audit", "S1", "S2", "--pdf", out.resolve("y.pdf").toString()).exit()).isEqualTo(1);
    }

    @Test
    void disclosureWritesACsvWithABom() throws Exception {
        Path csv = out.resolve("公示.csv");
        Run r = run("stats", "disclosure", "--as-of", "2023-04-20", "--out", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("徐某某").doesNotContain("徐建国");
        assertThat(r.out()).contains("S1").contains("共1条");
    }
}
