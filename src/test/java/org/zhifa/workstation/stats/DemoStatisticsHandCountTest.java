package org.zhifa.workstation.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.cli.CliEnvironment;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.cli.ZhifaCommand;
import picocli.CommandLine;

/**
 * Acceptance of issue 6: {@code zhifa stats --year 2025 --out FILE.xlsx --json} over the demo township gives the
 * figures of a hand count of {@code sample-data/cases.json} — counted here from the actions in the file, without the
 * statistics code — and the XLSX opens with its table.
 */
class DemoStatisticsHandCountTest {
    private static final String YEAR = "2025";

    @TempDir
    Path dir;

    /** The demo cases' 2025 figures, counted from the file's actions by the rules of domain.md §9. */
    private record HandCount(long filed, long concluded, long general, long onSite, long fineDecisions,
                             BigDecimal fines, long noPenalty, long firstOffense, long hearings, long reviewsPassed,
                             long reviewsRejected, long transfers) {
    }

    private static HandCount count(JsonNode cases) {
        long filed = 0, concluded = 0, general = 0, onSite = 0, fineDecisions = 0, noPenalty = 0, firstOffense = 0;
        long hearings = 0, passed = 0, rejected = 0, transfers = 0;
        BigDecimal fines = BigDecimal.ZERO;
        for (JsonNode c : cases) {
            boolean wasFiled = false;
            boolean concludedSeen = false;
            JsonNode decision = null;
            JsonNode opinion = null;
            for (JsonNode a : c.path("actions")) {
                String type = a.path("type").asText();
                boolean inYear = a.path("date").asText().startsWith(YEAR);
                switch (type) {
                    case "FILE" -> {
                        wasFiled = true;
                        filed += inYear ? 1 : 0;
                    }
                    case "CLOSED", "WITHDRAWN", "TERMINATED" -> {
                        // 结案 of a filed case, once, in the year it happened
                        if (wasFiled && !concludedSeen) {
                            concluded += inYear ? 1 : 0;
                        }
                        concludedSeen = true;
                    }
                    case "DECIDED", "ON_SITE_DECIDED", "NO_PENALTY_DECIDED" -> decision = a;
                    case "HEARING_HELD" -> hearings += inYear && !a.path("partyAbsentWithoutReason").asBoolean() ? 1 : 0;
                    case "REVIEW_OPINION" -> opinion = a;
                    case "TRANSFER" -> transfers += inYear ? 1 : 0;
                    default -> {
                    }
                }
            }
            // the case's latest decision and latest 法制审核意见 count, in the year they were made
            if (decision != null && decision.path("date").asText().startsWith(YEAR)) {
                switch (decision.path("type").asText()) {
                    case "NO_PENALTY_DECIDED" -> {
                        noPenalty++;
                        firstOffense += "FIRST_OFFENSE".equals(decision.path("ground").asText()) ? 1 : 0;
                    }
                    default -> {
                        if ("DECIDED".equals(decision.path("type").asText())) {
                            general++;
                        } else {
                            onSite++;
                        }
                        JsonNode penalty = decision.path("penalty");
                        fineDecisions += penalty.path("types").toString().contains("\"FINE\"") ? 1 : 0;
                        fines = fines.add(penalty.path("fine").decimalValue());
                    }
                }
            }
            if (opinion != null && opinion.path("date").asText().startsWith(YEAR)) {
                passed += "APPROVE".equals(opinion.path("conclusion").asText()) ? 1 : 0;
                rejected += "REJECT".equals(opinion.path("conclusion").asText()) ? 1 : 0;
            }
        }
        return new HandCount(filed, concluded, general, onSite, fineDecisions, fines, noPenalty, firstOffense, hearings,
                passed, rejected, transfers);
    }

    @Test
    void theStatsCommandMatchesAHandCountOfTheDemoCases() throws Exception {
        JsonNode file;
        try (InputStream in = getClass().getResourceAsStream("/sample-data/cases.json")) {
            file = new ObjectMapper().readTree(in);
        }
        HandCount hand = count(file.path("cases"));
        assertThat(hand.filed()).as("the demo data has 2025 cases").isPositive();
        for (JsonNode c : file.path("cases")) {
            for (JsonNode a : c.path("actions")) {
                if (Set.of("DECIDED", "ON_SITE_DECIDED").contains(a.path("type").asText())) {
                    // every demo penalty is a fine (or a fine with a warning): FINE is its heaviest type
                    assertThat(a.path("penalty").path("types").toString()).matches("\\[(\"WARNING\",)?\"FINE\"]");
                }
            }
        }
        try (Workstation ws = Workstation.open(dir)) {
            ws.demoLoader().load();
        }

        Path xlsx = dir.resolve("out/统计年报2025.xlsx");
        Files.createDirectories(xlsx.getParent());
        String[] result = run("--data-dir", dir.toString(), "stats", "--year", YEAR, "--out", xlsx.toString(), "--json");
        assertThat(result[0]).as(result[2]).isEqualTo(String.valueOf(ExitCodes.OK));
        JsonNode current = new ObjectMapper().readTree(result[1]).path("current");

        assertThat(current.path("filed").asLong()).isEqualTo(hand.filed());
        assertThat(current.path("concluded").asLong()).isEqualTo(hand.concluded());
        assertThat(current.path("generalDecisions").asLong()).isEqualTo(hand.general());
        assertThat(current.path("onSiteDecisions").asLong()).isEqualTo(hand.onSite());
        assertThat(current.path("decisions").asLong()).isEqualTo(hand.general() + hand.onSite());
        assertThat(current.path("decisionsByHeaviestType").path("FINE").asLong()).isEqualTo(hand.fineDecisions());
        assertThat(current.path("finesYuan").decimalValue()).isEqualByComparingTo(hand.fines());
        assertThat(current.path("noPenalty").asLong()).isEqualTo(hand.noPenalty());
        assertThat(current.path("firstOffense").asLong()).isEqualTo(hand.firstOffense());
        assertThat(current.path("hearings").asLong()).isEqualTo(hand.hearings());
        assertThat(current.path("reviewsPassed").asLong()).isEqualTo(hand.reviewsPassed());
        assertThat(current.path("reviewsRejected").asLong()).isEqualTo(hand.reviewsRejected());
        assertThat(current.path("transfers").asLong()).isEqualTo(hand.transfers());

        // the XLSX opens with the 统计年报 table: each indicator's row carries the same figure
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Double> byName = new HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(1) != null && row.getCell(3) != null && row.getCell(3).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    byName.put(row.getCell(1).getStringCellValue(), row.getCell(3).getNumericCellValue());
                }
            }
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(YEAR);
            assertThat(byName).containsEntry("立案", (double) hand.filed())
                    .containsEntry("结案", (double) hand.concluded())
                    .containsEntry("不予处罚", (double) hand.noPenalty())
                    .containsEntry("其中：首违不罚", (double) hand.firstOffense());
        }
    }

    /** Runs the real command tree over Workstation; returns exit code, standard output and error output. */
    private static String[] run(String... args) {
        CliEnvironment env = new CliEnvironment() {
            @Override
            public CliServices open(Path dataDirectory) {
                return Workstation.open(dataDirectory);
            }

            @Override
            public int startGui(Path dataDirectory, boolean loadDemo) {
                return ExitCodes.USAGE;
            }
        };
        CommandLine cl = new CommandLine(new ZhifaCommand(env));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(captured);
            cl.setOut(new PrintWriter(captured, true));
            int code = cl.execute(args);
            return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString()};
        } finally {
            System.setOut(oldOut);
        }
    }
}
