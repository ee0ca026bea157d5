package org.zhifa.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import picocli.CommandLine;

/**
 * {@code zhifa audit verify}: exit 0 and a summary on an intact log, exit 2 and the first problem on stderr on a
 * tampered one. The services are a proxy offering only {@code audit()}, {@code dataDirectory()} and {@code close()},
 * so the test does not depend on the rest of CliServices. Skipped until the audit command is registered.
 */
class AuditCommandTest {
    @TempDir
    Path dataDir;

    private final CliEnvironment environment = new CliEnvironment() {
        @Override
        public CliServices open(Path dataDirectory) {
            Database db = Database.open(dataDirectory);
            AuditService audit = new AuditService(Stores.over(db));
            return (CliServices) Proxy.newProxyInstance(CliServices.class.getClassLoader(),
                    new Class<?>[] {CliServices.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "audit" -> audit;
                        case "dataDirectory" -> dataDirectory;
                        case "close" -> {
                            db.close();
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public int startGui(Path dataDirectory, boolean loadDemo) {
            throw new UnsupportedOperationException();
        }
    };

    private record Run(int code, String out, String err) { }

    @BeforeEach
    void auditCommandIsRegistered() {
        assumeTrue(new CommandLine(new ZhifaCommand(environment)).getSubcommands().containsKey("audit"),
                "the lead has not registered AuditCommand in ZhifaCommand yet");
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(environment, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private void writeEntries(int n) {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            for (int i = 1; i <= n; i++) {
                int k = i;
                db.transaction(tx -> stores.auditLog().append(tx, "o01", "CASE_FILED", "case", "BD-2025-000" + k, null));
            }
        }
    }

    @Test
    void anIntactLogExitsZeroWithASummary() {
        writeEntries(4);
        Run r = run("--data-dir", dataDir.toString(), "audit", "verify");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().strip()).isEqualTo("审计日志完整：共核验 4 条记录，哈希链未发现断裂。");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aTamperedLogExitsTwoWithTheFirstProblemOnStderr() throws Exception {
        writeEntries(4);
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = 'o02' WHERE seq = 2");
        }
        Run r = run("--data-dir", dataDir.toString(), "audit", "verify");
        assertThat(r.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("审计日志校验未通过").contains("第 2 条").contains("记录被改动");
    }
}
