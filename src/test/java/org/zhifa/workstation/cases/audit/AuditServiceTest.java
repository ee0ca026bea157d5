package org.zhifa.workstation.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.audit.AuditReport.Problem;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/**
 * The chain check against a real H2 file: five entries written through the store, then the file changed behind
 * the program's back with plain SQL, as someone with the database file and an H2 console could.
 */
class AuditServiceTest {
    @TempDir
    Path dataDir;

    /** Writes five audit entries and closes the database. */
    private void writeFiveEntries() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            for (int i = 1; i <= 5; i++) {
                int n = i;
                db.transaction(tx -> stores.auditLog().append(tx, "o01", "CASE_FILED", "case", "BD-2025-000" + n,
                        "{\"n\":" + n + "}"));
            }
        }
    }

    private AuditReport verify() {
        try (Database db = Database.open(dataDir)) {
            return new AuditService(Stores.over(db)).verify();
        }
    }

    /** Runs SQL on the database file directly (the program has it closed). */
    private void tamper(SqlWork work) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            work.run(c);
        }
    }

    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    @Test
    void anIntactChainIsOk() {
        writeFiveEntries();
        AuditReport report = verify();
        assertThat(report.ok()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(5);
        assertThat(report.problemCount()).isZero();
        assertThat(report.firstProblem()).isEmpty();
        assertThat(report.summary()).isEqualTo("审计日志完整：共核验 5 条记录，哈希链未发现断裂。");
    }

    @Test
    void anEmptyLogIsOk() {
        AuditReport report = verify();
        assertThat(report.ok()).isTrue();
        assertThat(report.entriesChecked()).isZero();
    }

    @Test
    void aRowEditedWithSqlIsFoundAtItsSeq() throws SQLException {
        writeFiveEntries();
        tamper(c -> {
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE audit_log SET details = '{\"n\":30}' WHERE seq = 3")).isEqualTo(1);
            }
        });
        AuditReport report = verify();
        assertThat(report.ok()).isFalse();
        Problem p = report.firstProblem().orElseThrow();
        assertThat(p.seq()).isEqualTo(3);
        assertThat(p.kind()).isEqualTo(AuditProblemKind.EDITED);
        assertThat(p.description()).startsWith("第 3 条记录").contains("改动");
        assertThat(report.problemCount()).as("the rows after still link to the stored hash").isEqualTo(1);
        assertThat(report.summary()).contains("第 3 条").contains("记录被改动");
    }

    @Test
    void aChangedActorOrTimeIsAnEditToo() throws SQLException {
        writeFiveEntries();
        tamper(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_log SET occurred_at = DATEADD('SECOND', -1, occurred_at) WHERE seq = 4");
            }
        });
        Problem p = verify().firstProblem().orElseThrow();
        assertThat(p.seq()).isEqualTo(4);
        assertThat(p.kind()).isEqualTo(AuditProblemKind.EDITED);
    }

    @Test
    void aDeletedRowIsFoundAsAGap() throws SQLException {
        writeFiveEntries();
        tamper(c -> {
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("DELETE FROM audit_log WHERE seq = 3")).isEqualTo(1);
            }
        });
        AuditReport report = verify();
        assertThat(report.entriesChecked()).isEqualTo(4);
        Problem p = report.firstProblem().orElseThrow();
        assertThat(p.kind()).isEqualTo(AuditProblemKind.DELETED);
        assertThat(p.seq()).as("the missing sequence number").isEqualTo(3);
        assertThat(p.description()).isEqualTo("第 3 条记录缺失（序号不连续），该记录已被删除。");
    }

    @Test
    void deletingTheFirstRowsIsFound() throws SQLException {
        writeFiveEntries();
        tamper(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM audit_log WHERE seq <= 2");
            }
        });
        Problem p = verify().firstProblem().orElseThrow();
        assertThat(p.kind()).isEqualTo(AuditProblemKind.DELETED);
        assertThat(p.seq()).isEqualTo(1);
        assertThat(p.description()).contains("第 1 至第 2 条");
    }

    @Test
    void theFirstRowMustStartFromGenesis() {
        AuditEntry first = AuditEntry.next(1, Instant.parse("2025-03-02T08:00:00Z"), "o01", "X", "case", "k", null,
                "f".repeat(64));
        Problem p = AuditService.check(List.of(first)).firstProblem().orElseThrow();
        assertThat(p.kind()).isEqualTo(AuditProblemKind.DELETED);
        assertThat(p.seq()).isEqualTo(1);
    }

    @Test
    void aRowInsertedInTheMiddleWithItsOwnHashRecomputedIsFound() throws SQLException {
        writeFiveEntries();
        tamper(c -> {
            // make room: move rows 3..5 up by one (from the top, so the primary key never clashes)
            try (Statement s = c.createStatement()) {
                for (int seq = 5; seq >= 3; seq--) {
                    s.executeUpdate("UPDATE audit_log SET seq = " + (seq + 1) + " WHERE seq = " + seq);
                }
            }
            // forge row 3 from a copy of row 2, with a hash that is right for its own fields
            AuditEntry row2 = read(c, 2);
            Instant at = row2.occurredAt().plusSeconds(1);
            AuditEntry forged = AuditEntry.next(3, at, "o01", "CASE_WITHDRAWN", "case", "BD-2025-0009", "{}",
                    row2.prevHash());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, occurred_at, actor, action, "
                    + "entity, entity_key, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, forged.seq());
                ps.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(3, forged.actor());
                ps.setString(4, forged.action());
                ps.setString(5, forged.entity());
                ps.setString(6, forged.entityKey());
                ps.setString(7, forged.details());
                ps.setString(8, forged.prevHash());
                ps.setString(9, forged.hash());
                ps.executeUpdate();
            }
        });
        AuditReport report = verify();
        assertThat(report.entriesChecked()).isEqualTo(6);
        Problem p = report.firstProblem().orElseThrow();
        assertThat(p.seq()).isEqualTo(3);
        assertThat(p.kind()).isEqualTo(AuditProblemKind.INSERTED);
        assertThat(p.description()).startsWith("第 3 条记录本身完整").contains("第 2 条");
        assertThat(report.problemCount()).as("the renumbered rows no longer match their hashes").isGreaterThan(1);
    }

    @Test
    void aRowRewrittenWithARecomputedHashBreaksTheLinkOfTheNextRow() {
        Instant t = Instant.parse("2025-03-02T08:00:00Z");
        AuditEntry e1 = AuditEntry.next(1, t, "o01", "A", "case", "k", null, AuditEntry.GENESIS);
        AuditEntry e2 = AuditEntry.next(2, t.plusSeconds(1), "o01", "B", "case", "k", null, e1.hash());
        AuditEntry e3 = AuditEntry.next(3, t.plusSeconds(2), "o01", "C", "case", "k", null, e2.hash());
        AuditEntry e2forged = AuditEntry.next(2, t.plusSeconds(1), "o01", "B", "case", "k", "{\"fine\":1}", e1.hash());

        assertThat(AuditService.check(List.of(e1, e2, e3)).ok()).isTrue();
        Problem p = AuditService.check(List.of(e1, e2forged, e3)).firstProblem().orElseThrow();
        assertThat(p.seq()).isEqualTo(3);
        assertThat(p.kind()).isEqualTo(AuditProblemKind.INSERTED);
        assertThat(p.description()).contains("第 2 条被改动");
    }

    private static AuditEntry read(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return new AuditEntry(r.getLong("seq"), r.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        r.getString("actor"), r.getString("action"), r.getString("entity"), r.getString("entity_key"),
                        r.getString("details"), r.getString("prev_hash"), r.getString("hash"));
            }
        }
    }
}
