package org.zhifa.workstation.cases.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.backup.BackupException;
import org.zhifa.workstation.store.backup.BackupLayout;
import org.zhifa.workstation.store.backup.BackupManifest;
import org.zhifa.workstation.store.backup.BackupWriter;
import org.zhifa.workstation.store.backup.DataDirectoryRestore;

/**
 * Backups of one data directory: on request to a file of the user's choice ({@code zhifa backup --out}), and
 * automatically into {@code <data dir>/backups} on exit and once a day (at start when the newest automatic backup is
 * older than a day), keeping the newest N (the setting "backupsToKeep"). {@link #restore} puts a backup file back.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** zhifa-backup-20261125-180000-exit.zip (a "-N" after the time when two fall in one second). */
    private static final Pattern AUTOMATIC = Pattern.compile("zhifa-backup-(\\d{8}-\\d{6})(-\\d+)?-(daily|exit)\\.zip");
    private static final Duration DAY = Duration.ofDays(1);

    /** Why an automatic backup is made. */
    public enum Occasion { DAILY, EXIT }

    private final BackupWriter writer;
    private final Path folder;
    private final IntSupplier keep;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile boolean automaticOn;
    private Thread daily;

    public BackupService(Stores stores, Path dataDirectory, IntSupplier keep, Clock clock) {
        this.writer = new BackupWriter(stores, dataDirectory, clock);
        this.folder = dataDirectory.toAbsolutePath().normalize().resolve(BackupLayout.BACKUP_FOLDER);
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * A backup into the file the user chose.
     *
     * @throws BackupRejectedException when it cannot be written (no partial file is left)
     */
    public BackupSummary backupTo(Path file) {
        synchronized (lock) {
            try {
                return summary(file, writer.write(file, "manual"));
            } catch (BackupException e) {
                throw new BackupRejectedException(e.getMessage(), e);
            }
        }
    }

    /** An automatic backup into {@code backups/}; the oldest beyond the number to keep are deleted. */
    public BackupSummary automatic(Occasion occasion) {
        synchronized (lock) {
            String stamp = LocalDateTime.now(clock).format(STAMP);
            String suffix = "-" + occasion.name().toLowerCase(java.util.Locale.ROOT) + ".zip";
            Path file = folder.resolve("zhifa-backup-" + stamp + suffix);
            for (int i = 1; Files.exists(file); i++) {
                file = folder.resolve("zhifa-backup-" + stamp + "-" + i + suffix);
            }
            BackupSummary made = summary(file, writer.write(file, occasion.name().toLowerCase(java.util.Locale.ROOT)));
            prune();
            return made;
        }
    }

    /** The daily backup, when the newest automatic backup is older than a day (or there is none). */
    public Optional<BackupSummary> dailyIfDue() {
        synchronized (lock) {
            Optional<Instant> newest = automaticBackups().stream().map(this::madeAt).flatMap(Optional::stream)
                    .max(Instant::compareTo);
            if (newest.isPresent() && newest.get().isAfter(clock.instant().minus(DAY))) {
                return Optional.empty();
            }
            return Optional.of(automatic(Occasion.DAILY));
        }
    }

    /**
     * Turns the automatic backups on for a program session: the daily backup, when due, on a background thread now,
     * and a backup on exit from {@link #closing}. A failure is logged; it never stops the program.
     */
    public void startAutomatic() {
        automaticOn = true;
        Thread t = Thread.ofPlatform().daemon().name("zhifa-daily-backup").unstarted(() -> {
            try {
                dailyIfDue();
            } catch (RuntimeException e) {
                LOG.error("daily backup failed", e);
            }
        });
        synchronized (lock) {
            daily = t;
        }
        t.start();
    }

    /**
     * Called before the database closes: waits for a running daily backup, then makes the exit backup when
     * {@link #startAutomatic} was called. Returns the backup made, or empty (automatic backups off, or it failed:
     * the reason is logged).
     */
    public Optional<BackupSummary> closing() {
        Thread t;
        synchronized (lock) {
            t = daily;
        }
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!automaticOn) {
            return Optional.empty();
        }
        automaticOn = false;
        try {
            return Optional.of(automatic(Occasion.EXIT));
        } catch (RuntimeException e) {
            LOG.error("backup on exit failed", e);
            return Optional.empty();
        }
    }

    /** The automatic backups present, oldest first. */
    public List<Path> automaticBackups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> AUTOMATIC.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparing((Path p) -> madeAt(p).orElse(Instant.EPOCH))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}", folder, e);
            return List.of();
        }
    }

    /**
     * Restores a backup file into a data directory whose program is not running (see {@link DataDirectoryRestore}).
     *
     * @throws BackupRejectedException when the file is not a usable backup of this program, or the database is in
     *                                 use; nothing is changed then
     */
    public static RestoreSummary restore(Path dataDirectory, Path backupFile, Clock clock) {
        try {
            DataDirectoryRestore.Outcome o = DataDirectoryRestore.restore(dataDirectory, backupFile, clock);
            return new RestoreSummary(o.dataDirectory(), summary(backupFile, o.manifest()), o.schemaVersion(),
                    o.keptAside());
        } catch (BackupException e) {
            throw new BackupRejectedException(e.getMessage(), e);
        }
    }

    private void prune() {
        List<Path> all = new ArrayList<>(automaticBackups());
        int excess = all.size() - Math.max(1, keep.getAsInt());
        for (int i = 0; i < excess; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                LOG.warn("cannot delete old backup {}", all.get(i), e);
            }
        }
    }

    private Optional<Instant> madeAt(Path file) {
        Matcher m = AUTOMATIC.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).atZone(clock.getZone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static BackupSummary summary(Path file, BackupManifest m) {
        return new BackupSummary(file.toAbsolutePath().normalize(), m.createdAt(), m.programVersion(),
                m.schemaVersion(), m.cases(), m.entries().size() - 1, m.totalBytes());
    }
}
