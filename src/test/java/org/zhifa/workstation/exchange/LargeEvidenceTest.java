package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case with large evidence is exported, verified and imported with bounded memory: each run forks a JVM with a
 * heap smaller than the evidence file, so the file cannot be held in memory whole. The default run uses 64 MiB of
 * evidence under a 48 MiB heap; the target, 500 MiB under a 256 MiB heap, runs with -Dzhifa.bigtests=true.
 */
class LargeEvidenceTest {
    @TempDir
    Path work;

    @Test
    void sixtyFourMebibytesOfEvidenceUnderAFortyEightMebibyteHeap() throws Exception {
        assertThat(fork("48m", 64)).contains("LARGE-OK evidenceMiB=64");
    }

    @Test
    @EnabledIfSystemProperty(named = "zhifa.bigtests", matches = "true")
    void fiveHundredMebibytesOfEvidenceUnderA256MebibyteHeap() throws Exception {
        assertThat(fork("256m", 500)).contains("LARGE-OK evidenceMiB=500");
    }

    private String fork(String heap, int mebibytes) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(javaBin, "-Xmx" + heap, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), LargeEvidenceMain.class.getName(), work.toString(),
                String.valueOf(mebibytes)))
                .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
        boolean done = p.waitFor(20, TimeUnit.MINUTES);
        String log = Files.readString(work.resolve("child.log"), StandardCharsets.UTF_8);
        System.out.println(log.lines().filter(l -> l.startsWith("LARGE")).findFirst().orElse(log));
        assertThat(done).as("finished").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return log;
    }

}
