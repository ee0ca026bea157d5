package org.zhifa.workstation.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The embedded H2 file database of one installation. Opening it migrates the schema with Flyway.
 * All store access goes through {@link #read} and {@link #transaction}.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "zhifa";

    private final Path directory;
    private final JdbcConnectionPool pool;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
    }

    /** Opens (creating when absent) the database in the data directory and migrates it to the current schema. */
    public static Database open(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (java.io.IOException e) {
            throw new StoreException(Texts.tr("store.error.dataDir", dataDirectory), e);
        }
        // WRITE_DELAY=0: a commit reaches the file before the call returns (H2's default of 500 ms loses the commits
        // of the last half second when the process is killed; CrashSafetyTest)
        String url = "jdbc:h2:file:" + dataDirectory.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException(Texts.tr("store.error.open", e.getMessage()), e);
        }
        return new Database(dataDirectory, pool);
    }

    public Path directory() {
        return directory;
    }

    /** Runs a read (or a single auto-committed statement). */
    public <T> T read(Function<Tx, T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(new Tx(DSL.using(connection, SQLDialect.H2)));
        } catch (SQLException e) {
            throw new StoreException(Texts.tr("store.error.access", e.getMessage()), e);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Function<Tx, T> work) {
        return read(tx -> tx.dsl().transactionResult(cfg -> work.apply(new Tx(DSL.using(cfg)))));
    }

    /** Writes a consistent copy of the database to a ZIP file (H2 online backup). */
    public void backupTo(Path zipFile) {
        read(tx -> tx.dsl().execute("BACKUP TO ?", zipFile.toAbsolutePath().toString()));
    }

    /** Closes every connection; H2 then closes the database file (no DB_CLOSE_DELAY is set). */
    @Override
    public void close() {
        pool.dispose();
    }
}
