package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.store.TableFingerprints;

/**
 * Kills a writing program with SIGKILL at random points, round after round on the same data directory, and checks
 * after each kill: every write the program reported as committed is there, every case replays whole, the 文号 of
 * each authority, 文书代字 and year run 1, 2, 3 … with no duplicate and no gap, and the audit chain is intact.
 */
class CrashSafetyTest {
    private static final int WRITES = 200;
    private static final int KILLS = 4;
    private static final long SEED = 20261125L;

    @TempDir
    Path temp;

    @Test
    void killedWritersLoseNoCommittedWriteAndLeaveNothingHalfWritten() throws Exception {
        Path data = temp.resolve("data");
        try (Workstation ws = Workstation.open(data)) {
            ws.demoLoader().load();
        }
        Random random = new Random(SEED);
        // the child is killed when the reported writes reach each cut; the last round runs to the end
        int[] cuts = random.ints(5, WRITES - 5).distinct().limit(KILLS).sorted().toArray();
        List<String> reported = new ArrayList<>();
        int kills = 0;
        for (int round = 0; reported.size() < WRITES && round <= KILLS + 2; round++) {
            int remaining = WRITES - reported.size();
            int killAt = kills < cuts.length ? Math.max(cuts[kills], reported.size() + 1) : Integer.MAX_VALUE;
            Process child = start(temp, data, random.nextLong(), remaining, round);
            int before = reported.size();
            boolean killed = false;
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("DONE")) {
                        break;
                    }
                    reported.add(line);
                    if (!killed && reported.size() >= killAt && reported.size() < WRITES) {
                        Thread.sleep(random.nextInt(25)); // into the next write
                        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe, and the
                        // lines the child printed just before it died would be lost
                        child.toHandle().destroyForcibly();
                        killed = true;
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (killed) {
                kills++;
            } else {
                assertThat(child.exitValue()).as(Files.readString(temp.resolve("child-" + round + ".err"))).isZero();
            }
            System.out.printf("round %d: %d writes reported, %s%n", round, reported.size() - before,
                    killed ? "killed" : "ran to the end");
            check(data, reported);
        }
        assertThat(reported).hasSizeGreaterThanOrEqualTo(WRITES);
        assertThat(kills).isEqualTo(KILLS);
        assertThat(reported).anyMatch(l -> l.startsWith("IMPORTED")).anyMatch(l -> l.startsWith("EVIDENCE"))
                .anyMatch(l -> l.startsWith("NUMBERED"));
    }

    /** Starts a {@link CrashWriter} on the same classpath; its stderr goes to child-ROUND.err in temp. */
    static Process start(Path temp, Path data, long seed, int writes, int round) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                data.toString(), Long.toString(seed), Integer.toString(writes), Integer.toString(round));
        pb.redirectError(temp.resolve("child-" + round + ".err").toFile());
        return pb.start();
    }

    private static void check(Path data, List<String> reported) throws Exception {
        try (Workstation ws = Workstation.open(data)) {
            CaseService cases = ws.cases();
            List<String> titles = cases.find(CrashWriter.INVESTIGATING).orElseThrow().all(AddEvidence.class).stream()
                    .map(AddEvidence::title).toList();
            for (String line : reported) {
                String[] f = line.split(" ", 3);
                switch (f[0]) {
                    case "IMPORTED" -> assertThat(cases.find(f[1])).as(line).isPresent();
                    case "EVIDENCE" -> assertThat(titles).as(line).contains(f[2]);
                    case "NUMBERED" -> assertThat(ws.documents().numbers(f[1])).as(line)
                            .anyMatch(n -> n.number().equals(f[2]));
                    default -> throw new AssertionError("unexpected line: " + line);
                }
            }
            for (CaseSummary c : cases.list(CaseQuery.all())) {
                String json = cases.exportJson(c.caseNo()).orElseThrow();
                assertThat(cases.importJson(json, "check").status()).as(c.caseNo())
                        .isEqualTo(CaseService.ImportStatus.UNCHANGED);
            }
            assertThat(ws.audit().verify().ok()).as(ws.audit().verify().summary()).isTrue();
        }
        try (Connection c = TableFingerprints.connect(data); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n.AUTHORITY_ID, n.NUMBER_CODE, n.DOC_YEAR, COUNT(*), "
                     + "COUNT(DISTINCT n.SERIAL), MIN(n.SERIAL), MAX(n.SERIAL), MAX(q.LAST_VALUE) "
                     + "FROM DOCUMENT_NUMBER n LEFT JOIN DOCUMENT_NUMBER_SEQUENCE q ON q.AUTHORITY_ID = n.AUTHORITY_ID "
                     + "AND q.DOC_TYPE = n.NUMBER_CODE AND q.DOC_YEAR = n.DOC_YEAR "
                     + "GROUP BY n.AUTHORITY_ID, n.NUMBER_CODE, n.DOC_YEAR")) {
            while (rs.next()) {
                String sequence = rs.getString(2) + "〔" + rs.getInt(3) + "〕";
                long count = rs.getLong(4);
                assertThat(rs.getLong(5)).as("no duplicate serial in " + sequence).isEqualTo(count);
                assertThat(rs.getLong(6)).as("first serial of " + sequence).isEqualTo(1);
                assertThat(rs.getLong(7)).as("no gap in " + sequence).isEqualTo(count);
                assertThat(rs.getLong(8)).as("the sequence of " + sequence + " stands at its last serial").isEqualTo(count);
            }
        }
    }
}
