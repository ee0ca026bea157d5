package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.ExitCodes;

/** The command-line contract of DESIGN.md, run in-process against a real data directory. */
class CommandLineTest {
    @TempDir
    Path dataDir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoThenCaseListJsonGivesTheDemoCases() throws Exception {
        CliRun demo = run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.code()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("已载入演示数据");

        CliRun list = run("--data-dir", dataDir.toString(), "case", "list", "--json");
        assertThat(list.code()).isEqualTo(ExitCodes.OK);
        JsonNode cases = new ObjectMapper().readTree(list.out());
        assertThat(cases.isArray()).isTrue();
        assertThat(cases.size()).isGreaterThanOrEqualTo(12);
        for (JsonNode c : cases) {
            assertThat(c.path("party").path("name").asText()).matches(".*\\p{IsHan}.*");
            assertThat(c.path("caseNo").asText()).isNotBlank();
        }

        String firstNo = cases.get(0).path("caseNo").asText();
        CliRun show = run("--data-dir", dataDir.toString(), "case", "show", firstNo, "--json");
        assertThat(show.code()).isEqualTo(ExitCodes.OK);
        JsonNode detail = new ObjectMapper().readTree(show.out());
        assertThat(detail.path("caseNo").asText()).isEqualTo(firstNo);
        assertThat(detail.path("officers").size()).isGreaterThanOrEqualTo(1);

        CliRun again = run("--data-dir", dataDir.toString(), "demo");
        assertThat(again.code()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("未重复载入");
    }

    @Test
    void unknownCaseIsRejectedWithExitCode2AndAChineseReason() {
        CliRun show = run("--data-dir", dataDir.toString(), "case", "show", "BD-1999-9999");
        assertThat(show.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(show.err().strip()).isEqualTo("找不到案件：BD-1999-9999");
        assertThat(show.out()).isEmpty();
    }

    @Test
    void badArgumentsGiveUsageErrorWithoutStackTrace() {
        CliRun bad = run("--data-dir", dataDir.toString(), "case", "frobnicate");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("参数有误").doesNotContain("Exception").doesNotContain("\tat ");

        CliRun missing = run("case", "show");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("参数有误");
    }
}
