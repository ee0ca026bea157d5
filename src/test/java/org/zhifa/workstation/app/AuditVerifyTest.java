package org.zhifa.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.ExitCodes;

/** {@code audit verify} on the demo data: intact after loading, and it finds a row edited directly in the database. */
class AuditVerifyTest {
    @TempDir
    Path dataDir;

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("zhifa"), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void demoLogIsIntactAndAnEditedRowIsFound() throws Exception {
        assertThat(CliRun.of("--data-dir", dataDir.toString(), "demo").code()).isZero();

        CliRun intact = CliRun.of("--data-dir", dataDir.toString(), "audit", "verify");
        assertThat(intact.code()).as(intact.err()).isEqualTo(ExitCodes.OK);

        sql("UPDATE audit_log SET details = '{\"actions\":1}' WHERE seq = 5");
        CliRun edited = CliRun.of("--data-dir", dataDir.toString(), "audit", "verify");
        assertThat(edited.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(edited.err()).contains("5");
    }

    @Test
    void aDeletedRowIsFound() throws Exception {
        assertThat(CliRun.of("--data-dir", dataDir.toString(), "demo").code()).isZero();
        sql("DELETE FROM audit_log WHERE seq = 3");
        CliRun deleted = CliRun.of("--data-dir", dataDir.toString(), "audit", "verify");
        assertThat(deleted.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(deleted.err()).contains("3");
    }
}
