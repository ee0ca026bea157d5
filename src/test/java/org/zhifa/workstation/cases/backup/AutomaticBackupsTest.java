package org.zhifa.workstation.cases.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/** The automatic backups in {@code <data dir>/backups}: daily when due, on exit when turned on, the newest N kept. */
class AutomaticBackupsTest {
    @TempDir
    Path data;
    Database database;
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T08:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    BackupService backups;

    @BeforeEach
    void open() {
        database = Database.open(data);
        backups = new BackupService(Stores.over(database), data, () -> 3, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDailyBackupIsMadeOnlyWhenTheNewestIsOlderThanADay() {
        assertThat(backups.dailyIfDue()).as("none yet").isPresent();
        now.set(now.get().plus(Duration.ofHours(23)));
        assertThat(backups.dailyIfDue()).isEmpty();
        now.set(now.get().plus(Duration.ofHours(2)));
        assertThat(backups.dailyIfDue()).isPresent();
        assertThat(backups.automaticBackups()).extracting(p -> p.getFileName().toString())
                .containsExactly("zhifa-backup-20260302-080000-daily.zip", "zhifa-backup-20260303-090000-daily.zip");
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        for (int i = 0; i < 5; i++) {
            backups.automatic(BackupService.Occasion.EXIT);
            now.set(now.get().plus(Duration.ofMinutes(10)));
        }
        assertThat(backups.automaticBackups()).extracting(p -> p.getFileName().toString())
                .containsExactly("zhifa-backup-20260302-082000-exit.zip", "zhifa-backup-20260302-083000-exit.zip",
                        "zhifa-backup-20260302-084000-exit.zip");
    }

    @Test
    void theExitBackupIsMadeOnlyWhenAutomaticBackupsAreOn() {
        assertThat(backups.closing()).as("a command-line run").isEmpty();
        assertThat(backups.automaticBackups()).isEmpty();

        backups.startAutomatic();
        assertThat(backups.closing()).isPresent();
        assertThat(backups.automaticBackups()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("zhifa-backup-20260302-080000-daily.zip",
                        "zhifa-backup-20260302-080000-exit.zip");
    }
}
