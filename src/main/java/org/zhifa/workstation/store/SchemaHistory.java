package org.zhifa.workstation.store;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Schema versions: the one a database was migrated to, and the newest this program's migrations reach. */
public final class SchemaHistory {
    private static volatile String latestKnown;

    private SchemaHistory() {
    }

    /** The version of the last successful migration of the database ("6"), or "0" for an empty history. */
    public static String current(Tx tx) {
        return tx.dsl().resultQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL")
                .fetch(r -> r.get(0, String.class)).stream()
                .max(Comparator.comparing(MigrationVersion::fromVersion))
                .orElse("0");
    }

    /** The newest version among the migrations this program carries (what {@link Database#open} migrates to). */
    public static String latestKnown() {
        String known = latestKnown;
        if (known == null) {
            // Flyway resolves the migrations only against a database: an empty in-memory one
            String url = "jdbc:h2:mem:schema-probe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            Flyway flyway = Flyway.configure(SchemaHistory.class.getClassLoader())
                    .dataSource(url, "sa", "").locations("classpath:db/migration").load();
            try {
                known = java.util.Arrays.stream(flyway.info().all())
                        .map(MigrationInfo::getVersion).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("0");
            } finally {
                try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (java.sql.SQLException e) {
                    // the probe database lives in memory only; nothing to clean up on disk
                }
            }
            latestKnown = known;
        }
        return known;
    }

    /** Compares two versions as Flyway orders them ("10" after "9"). */
    public static int compare(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }
}
