package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.ExitCodes;

/**
 * A case written by hand in the documented JSON form goes through {@code case import}; {@code case show --json}
 * gives the state, the allowed steps, the blocking violations and the deadlines computed by hand below.
 */
class CaseImportShowTest {
    /** 乱倒生活垃圾 (SRHW-015, 100–500 yuan): filed 2026-09-01, notice served 2026-09-29, just before 国庆. */
    private static final String CASE = """
            {
              "format": "zhifa-case/1",
              "caseNo": "BD-2026-0101",
              "authority": "BADU",
              "matter": "SRHW-015",
              "procedure": "GENERAL",
              "source": "COMPLAINT",
              "cause": "赵某某乱倒生活垃圾案",
              "facts": "2026年8月31日，赵某某将一车生活垃圾倒在八都镇八都街路边。",
              "actDate": "2026-08-31",
              "actPlace": "龙泉市八都镇八都街",
              "discoveredOn": "2026-08-31",
              "party": { "kind": "INDIVIDUAL", "name": "赵某某", "idNumber": "11010519491231002X", "gender": "女",
                         "birthDate": "1949-12-31", "address": "龙泉市八都镇", "serviceAddress": "龙泉市八都镇" },
              "officers": [ { "officer": "O02", "duty": "LEAD_HANDLER" }, { "officer": "O03", "duty": "CO_HANDLER" } ],
              "actions": [
                { "type": "REGISTER", "date": "2026-08-31", "actor": "O02" },
                { "type": "FILE", "date": "2026-09-01", "actor": "O02", "approvedBy": "O01", "handlers": ["O02", "O03"] },
                { "type": "RECORD", "date": "2026-09-02", "actor": "O02", "kind": "INQUIRY", "officers": OFFICERS,
                  "recorder": "O03", "start": "2026-09-02T09:00:00", "end": "2026-09-02T09:30:00",
                  "place": "八都镇综合行政执法队", "certificatesShown": true, "recusalRightExplained": true,
                  "subjectName": "赵某某", "summary": "当事人承认倾倒生活垃圾" },
                { "type": "INVESTIGATION_CONCLUDED", "date": "2026-09-20", "actor": "O02", "outcome": "PENALTY",
                  "proposedPenalty": { "types": ["FINE"], "fine": 300 }, "circumstances": [],
                  "complex": false, "majorPublicInterest": false, "difficult": false },
                { "type": "NOTICE_SERVED", "date": "2026-09-29", "actor": "O02",
                  "proposedPenalty": { "types": ["FINE"], "fine": 300 }, "hearingRightGiven": false, "method": "PERSONAL" }
              ]
            }
            """;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String dir() {
        return dataDir.toString();
    }

    @BeforeEach
    void demo() {
        assertThat(run("--data-dir", dir(), "demo").code()).isZero();
    }

    private Path write(String name, String json) throws Exception {
        Path f = files.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private JsonNode show(String asOf) throws Exception {
        CliRun r = run("--data-dir", dir(), "case", "show", "BD-2026-0101", "--json", "--as-of", asOf);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode deadline(JsonNode show, String key) {
        for (JsonNode d : show.path("deadlines")) {
            if (d.path("key").asText().equals(key)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + key + " in " + show.path("deadlines"));
    }

    private static JsonNode step(JsonNode show, String type) {
        for (JsonNode s : show.path("nextSteps")) {
            if (s.path("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no next step " + type + " in " + show.path("nextSteps"));
    }

    @Test
    void importedCaseShowsStateStepsAndDeadlinesComputedByHand() throws Exception {
        Path file = write("case.json", CASE.replace("OFFICERS", "[\"O02\", \"O03\"]"));
        CliRun imported = run("--data-dir", dir(), "case", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("BD-2026-0101").contains("已告知");

        JsonNode inWindow = show("2026-10-08");
        assertThat(inWindow.path("state").asText()).isEqualTo("NOTICED");
        assertThat(inWindow.path("filedOn").asText()).isEqualTo("2026-09-01");
        // 陈述申辩 3 working days after 09-29: 09-30, (国庆 10-01..10-07), 10-08, 10-09
        assertThat(deadline(inWindow, "representation").path("due").asText()).isEqualTo("2026-10-09");
        // 90 days from 立案 (立案 day not counted): 2026-11-30, a Monday
        assertThat(deadline(inWindow, "decision").path("due").asText()).isEqualTo("2026-11-30");
        // no hearing right for ¥300 (threshold ¥10,000 for a 公民)
        assertThat(inWindow.path("deadlines").findValuesAsText("key")).doesNotContain("hearingRequest");
        JsonNode decideInWindow = step(inWindow, "DECIDED");
        assertThat(decideInWindow.path("allowed").asBoolean()).isFalse();
        assertThat(decideInWindow.path("violations").findValuesAsText("rule")).contains("R17");
        assertThat(inWindow.path("violations").findValuesAsText("rule")).contains("R17");

        JsonNode afterWindow = show("2026-10-12");
        assertThat(step(afterWindow, "DECIDED").path("allowed").asBoolean()).isTrue();
        assertThat(deadline(afterWindow, "representation").path("status").asText()).isEqualTo("ENDED");
        assertThat(deadline(inWindow, "representation").path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void exportThenImportAgainChangesNothing() throws Exception {
        Path file = write("case.json", CASE.replace("OFFICERS", "[\"O02\", \"O03\"]"));
        assertThat(run("--data-dir", dir(), "case", "import", file.toString()).code()).isZero();
        Path exported = files.resolve("exported.json");
        assertThat(run("--data-dir", dir(), "case", "export", "BD-2026-0101", "--out", exported.toString()).code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(Files.readString(exported));
        assertThat(doc.path("actions")).hasSize(5);
        assertThat(doc.path("actions").get(4).path("type").asText()).isEqualTo("NOTICE_SERVED");

        CliRun again = run("--data-dir", dir(), "case", "import", exported.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("未作任何改动");
    }

    @Test
    void r1_caseWithOneOfficerOnARecordIsRejectedAndNothingIsStored() throws Exception {
        Path file = write("bad.json", CASE.replace("OFFICERS", "[\"O02\", \"O10\"]"));
        CliRun list = run("--data-dir", dir(), "case", "list", "--json");
        int before = new ObjectMapper().readTree(list.out()).size();

        CliRun rejected = run("--data-dir", dir(), "case", "import", file.toString());
        assertThat(rejected.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(rejected.err()).contains("R1").contains("第3步").contains("未导入");

        assertThat(new ObjectMapper().readTree(run("--data-dir", dir(), "case", "list", "--json").out())).hasSize(before);
        assertThat(run("--data-dir", dir(), "case", "show", "BD-2026-0101").code()).isEqualTo(ExitCodes.REJECTED);
    }

    @Test
    void malformedFilesAreRejectedWithAReason() throws Exception {
        CliRun notJson = run("--data-dir", dir(), "case", "import", write("x.json", "这不是 JSON").toString());
        assertThat(notJson.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(notJson.err()).contains("格式有误");

        CliRun unknownField = run("--data-dir", dir(), "case", "import",
                write("y.json", CASE.replace("OFFICERS", "[\"O02\", \"O03\"]").replace("\"cause\"", "\"causa\"")).toString());
        assertThat(unknownField.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(unknownField.err()).contains("causa");

        CliRun missing = run("--data-dir", dir(), "case", "import", files.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(missing.err()).contains("找不到文件");
    }
}
