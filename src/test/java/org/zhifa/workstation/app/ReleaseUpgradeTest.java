package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.stats.AnnualStatisticsService;
import org.zhifa.workstation.store.SchemaHistory;
import org.zhifa.workstation.store.TableFingerprints;

/**
 * A data directory written by the previous release (schema V5, src/test/resources/fixtures/README.md) opened with
 * today's program: Flyway migrates it, and every case, document, 文号 and audit entry is as the release left it.
 */
class ReleaseUpgradeTest {
    private static final String FIXTURE = "/fixtures/release-0.1-datadir.zip";
    private static final String MANIFEST = "/fixtures/release-0.1-manifest.properties";

    @TempDir
    Path temp;

    @Test
    void theReleaseDataMigratesWithEveryCaseDocumentAndAuditEntryIntact() throws Exception {
        Path data = unzip(FIXTURE, temp.resolve("data"));
        Path manifestFile = temp.resolve("manifest.properties");
        try (InputStream in = getClass().getResourceAsStream(MANIFEST)) {
            Files.copy(in, manifestFile);
        }
        Map<String, TableFingerprints.Table> recorded = TableFingerprints.read(manifestFile);
        assertThat(schemaOf(data)).as("the fixture is the release's schema").isEqualTo("5");

        try (Workstation ws = Workstation.open(data)) {
            assertThat(ws.audit().verify().ok()).as(ws.audit().verify().summary()).isTrue();

            List<CaseSummary> cases = ws.cases().list(CaseQuery.all());
            assertThat(cases).hasSize((int) recorded.get("CASE_FILE").rows());
            for (CaseSummary c : cases) {
                // re-importing the exported case replays its whole history through today's gates and compares
                String json = ws.cases().exportJson(c.caseNo()).orElseThrow();
                assertThat(ws.cases().importJson(json, "upgrade-check").status())
                        .as(c.caseNo()).isEqualTo(CaseService.ImportStatus.UNCHANGED);
                ws.documents().produced(c.caseNo()).forEach(d ->
                        assertThat(ws.evidenceFiles().intact(d.sha256())).as(d.number()).isTrue());
            }
            assertThat(cases.stream().mapToInt(c -> ws.documents().numbers(c.caseNo()).size()).sum())
                    .isEqualTo((int) recorded.get("DOCUMENT_NUMBER").rows());

            ws.annualStatistics().refreshStale();
            assertThat(ws.annualStatistics().compute(2025, null).current().filed()).isPositive();
        }

        assertThat(schemaOf(data)).as("migrated to today's schema").isEqualTo(SchemaHistory.latestKnown());
        try (Connection c = TableFingerprints.connect(data)) {
            Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
            recorded.forEach((table, t) -> columns.put(table, t.columns()));
            assertThat(TableFingerprints.take(c, columns)).isEqualTo(recorded);
            assertThat(longs(c, "SELECT COUNT(*) FROM CASE_FILE WHERE STATS_VERSION <> "
                    + AnnualStatisticsService.factsVersion())).as("stats columns of V6 filled").containsExactly(0L);
            assertThat(longs(c, "SELECT COUNT(*) FROM CASE_FILE WHERE DECIDED_ON IS NOT NULL AND DECISION_KIND IS NULL"))
                    .containsExactly(0L);
            assertThat(longs(c, "SELECT COUNT(*) FROM CASE_FILE WHERE DECISION_KIND IS NOT NULL").getFirst()).isPositive();
        }
    }

    private static String schemaOf(Path data) throws Exception {
        try (Connection c = TableFingerprints.connect(data); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    static Path unzip(String resource, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream zip = new ZipInputStream(ReleaseUpgradeTest.class.getResourceAsStream(resource))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
        return target;
    }
}
