package org.zhifa.workstation.store.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.SchemaHistory;
import org.zhifa.workstation.store.Stores;

/**
 * Replaces a data directory by the content of a backup file, so that a failure at any step leaves the current data
 * as it was:
 * <ol>
 * <li>the backup is checked (ours, not newer, complete) and unpacked, every byte checked, into a new folder beside
 *     the data directory ({@code .NAME.restoring-STAMP});</li>
 * <li>the unpacked database is opened and migrated to this program's schema, and must hold the audit entry the
 *     manifest names;</li>
 * <li>only then the current data directory is renamed to {@code NAME.before-restore-STAMP} and the unpacked folder
 *     renamed to the data directory: two renames in one parent folder, each atomic;</li>
 * <li>the automatic backups ({@code backups/}) move into the restored data directory.</li>
 * </ol>
 * The folder with the data as it was before is kept, and named in the result, for the user to delete after checking
 * the restored data. Refused before anything is written: while a running program has the database open.
 */
public final class DataDirectoryRestore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DataDirectoryRestore() {
    }

    /** What a restore did. */
    public record Outcome(Path dataDirectory, BackupManifest manifest, String schemaVersion, Optional<Path> keptAside) {
    }

    public static Outcome restore(Path dataDirectory, Path backupFile, Clock clock) {
        Path target = dataDirectory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path staging = null;
        try {
            BackupManifest manifest;
            // the backup file is closed before the folders move: it may lie in the data directory's backups/
            try (BackupArchive archive = BackupArchive.open(backupFile)) {
                refuseWhileOpen(target);
                Files.createDirectories(parent);
                staging = Files.createDirectory(unique(parent, "." + name + ".restoring-" + stamp));
                archive.extractTo(staging);
                manifest = archive.manifest();
            }
            String schema = openAndMigrate(staging, manifest);
            Optional<Path> aside = swap(target, staging, unique(parent, name + ".before-restore-" + stamp));
            aside.ifPresent(a -> moveBackups(a, target));
            return new Outcome(target, manifest, schema, aside);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.WRITE,
                    Texts.tr("backup.error.restoreIo", target, e.getMessage()), e);
        } finally {
            if (staging != null) {
                deleteTree(staging); // gone already when it became the data directory
            }
        }
    }

    /** Opens the unpacked database (Flyway migrates it) and checks it against the manifest; closes it again. */
    private static String openAndMigrate(Path staging, BackupManifest m) {
        Database database;
        try {
            database = Database.open(staging);
        } catch (RuntimeException e) {
            throw new BackupException(BackupException.Reason.DAMAGED,
                    Texts.tr("backup.error.openRestored", e.getMessage()), e);
        }
        try (database) {
            Stores stores = Stores.over(database);
            String schema = database.read(SchemaHistory::current);
            boolean headPresent = m.auditHead().map(h -> database.read(tx -> stores.auditLog().all(tx)).stream()
                    .anyMatch(e -> e.seq() == h.seq() && e.hash().equals(h.hash()))).orElse(true);
            if (!headPresent) {
                throw new BackupException(BackupException.Reason.DAMAGED,
                        Texts.tr("backup.error.auditHead", m.auditHead().orElseThrow().seq()));
            }
            return schema;
        }
    }

    /** Moves the current data aside (when there is one) and the restored data in; on failure puts the old back. */
    private static Optional<Path> swap(Path target, Path staging, Path aside) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        }
        refuseWhileOpen(target);
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        return Optional.of(aside);
    }

    /** The automatic backups belong to the installation, not to the data as it was: they follow the data directory. */
    private static void moveBackups(Path aside, Path target) {
        Path from = aside.resolve(BackupLayout.BACKUP_FOLDER);
        Path to = target.resolve(BackupLayout.BACKUP_FOLDER);
        if (Files.isDirectory(from) && !Files.exists(to)) {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // they stay in the folder kept aside, which the result names
            }
        }
    }

    /**
     * A running program holds a lock on its database file: restoring under it would rename the files it writes.
     * (Checked from another process, as {@code zhifa restore} is; within one JVM the database must be closed first.)
     */
    private static void refuseWhileOpen(Path target) {
        Path db = target.resolve(Database.FILE_NAME + ".mv.db");
        if (!Files.exists(db)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw inUse(target);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(target);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.WRITE,
                    Texts.tr("backup.error.restoreIo", target, e.getMessage()), e);
        }
    }

    private static BackupException inUse(Path target) {
        return new BackupException(BackupException.Reason.IN_USE, Texts.tr("backup.error.inUse", target));
    }

    private static Path unique(Path parent, String name) {
        Path candidate = parent.resolve(name);
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = parent.resolve(name + "-" + i);
        }
        return candidate;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover .restoring- folder is never read; the next restore uses a new name
        }
    }
}
