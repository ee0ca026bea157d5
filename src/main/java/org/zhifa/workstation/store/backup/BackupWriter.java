package org.zhifa.workstation.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.SchemaHistory;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.settings.SettingsFile;

/**
 * Writes one backup file of an open data directory: H2's online backup of the database (consistent while the
 * program keeps working), the data directory's other files (see {@link BackupLayout}) and the manifest. The file
 * appears only when complete: it is written under a temporary name beside the target, forced to disk and moved.
 */
public final class BackupWriter {
    private final Stores stores;
    private final Path dataDirectory;
    private final Clock clock;

    public BackupWriter(Stores stores, Path dataDirectory, Clock clock) {
        this.stores = stores;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * Writes the backup to {@code target} (replacing a file of that name).
     *
     * @param reason manual, daily or exit (recorded in the manifest)
     * @throws BackupException when it cannot be written; no partial file is left
     */
    public BackupManifest write(Path target, String reason) {
        Path out = target.toAbsolutePath().normalize();
        Path folder = out.getParent();
        Path temp = null;
        Path databaseCopy = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".zhifa-backup-", ".tmp");
            databaseCopy = Files.createTempFile(folder, ".zhifa-database-", ".tmp");
            Files.delete(databaseCopy); // H2 writes the file itself
            Database database = stores.database();
            Optional<AuditEntry> head = database.read(tx -> stores.auditLog().last(tx));
            long cases = database.read(tx -> (long) stores.cases().count(tx,
                    org.zhifa.workstation.domain.cases.CaseQuery.all()));
            String schema = database.read(SchemaHistory::current);
            database.backupTo(databaseCopy);

            List<BackupManifest.Entry> entries = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                zip.setLevel(Deflater.BEST_SPEED);
                copyDatabase(databaseCopy, zip, entries);
                for (Path file : BackupLayout.dataFiles(dataDirectory, out)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        entries.add(put(zip, BackupLayout.entryName(dataDirectory, file), in));
                    }
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, SettingsFile.programVersion(),
                        schema, clock.instant().truncatedTo(ChronoUnit.SECONDS), reason,
                        head.map(h -> new BackupManifest.AuditHead(h.seq(), h.hash())), cases, entries);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
                zip.write(manifest.toJson());
                zip.closeEntry();
                zip.finish();
                finish(temp, out);
                return manifest;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException(BackupException.Reason.WRITE,
                    Texts.tr("backup.error.write", out, e.getMessage()), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(databaseCopy);
        }
    }

    private static void copyDatabase(Path h2Zip, ZipOutputStream zip, List<BackupManifest.Entry> entries)
            throws IOException {
        try (ZipFile h2 = new ZipFile(h2Zip.toFile())) {
            Enumeration<? extends ZipEntry> all = h2.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.getName().endsWith(".mv.db")) {
                    try (InputStream in = h2.getInputStream(e)) {
                        entries.add(put(zip, BackupLayout.DATABASE_ENTRY, in));
                    }
                    return;
                }
            }
        }
        throw new IOException(Texts.tr("backup.error.noDatabase"));
    }

    private static BackupManifest.Entry put(ZipOutputStream zip, String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            zip.write(buffer, 0, n);
            digest.update(buffer, 0, n);
            size += n;
        }
        zip.closeEntry();
        return new BackupManifest.Entry(name, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Forces the file to disk, makes it private (it holds personal data and the installation key), moves it. */
    private static void finish(Path temp, Path out) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is named .zhifa-*.tmp and is never read
            }
        }
    }
}
