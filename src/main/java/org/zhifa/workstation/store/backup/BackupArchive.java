package org.zhifa.workstation.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.SchemaHistory;

/**
 * A backup file opened for restoring. {@link #open} refuses anything that is not a backup of this program, or one
 * written by a newer program; {@link #extractTo} checks every byte against the manifest while it writes.
 */
public final class BackupArchive implements AutoCloseable {
    private static final long MAX_MANIFEST_BYTES = 64L << 20;

    private final Path file;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens a backup file and checks its manifest: ours, a format and schema this program can read, every listed
     * entry present with its size, nothing unlisted, no path outside the data directory.
     *
     * @throws BackupException NOT_A_BACKUP, DAMAGED or NEWER, with the reason in Chinese
     */
    public static BackupArchive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, Texts.tr("backup.error.noFile", file));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, Texts.tr("backup.error.notZip", file), e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.WRITE, Texts.tr("backup.error.read", file, e.getMessage()), e);
        }
        try {
            BackupManifest manifest = readManifest(file, zip);
            check(file, zip, manifest);
            return new BackupArchive(file, zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static BackupManifest readManifest(Path file, ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY_NAME);
        if (entry == null) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, Texts.tr("backup.error.noManifest", file));
        }
        Optional<BackupManifest> parsed;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES);
            parsed = BackupManifest.parse(bytes);
        } catch (IOException e) {
            throw damaged(file, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw damaged(file, Texts.tr("backup.error.manifestField", e.getMessage()), e);
        }
        return parsed.orElseThrow(() -> new BackupException(BackupException.Reason.NOT_A_BACKUP,
                Texts.tr("backup.error.noManifest", file)));
    }

    private static void check(Path file, ZipFile zip, BackupManifest m) {
        if (m.format() > BackupManifest.FORMAT) {
            throw new BackupException(BackupException.Reason.NEWER,
                    Texts.tr("backup.error.newerFormat", file, m.format(), BackupManifest.FORMAT, m.programVersion()));
        }
        String known = SchemaHistory.latestKnown();
        if (SchemaHistory.compare(m.schemaVersion(), known) > 0) {
            throw new BackupException(BackupException.Reason.NEWER,
                    Texts.tr("backup.error.newerSchema", file, m.schemaVersion(), known, m.programVersion()));
        }
        Set<String> listed = new HashSet<>();
        Path probe = Path.of("restore-target").toAbsolutePath();
        boolean database = false;
        for (BackupManifest.Entry e : m.entries()) {
            if (!listed.add(e.path()) || BackupLayout.restoredPath(probe, e.path()).isEmpty()) {
                throw damaged(file, Texts.tr("backup.error.badPath", e.path()), null);
            }
            ZipEntry z = zip.getEntry(e.path());
            if (z == null || (z.getSize() >= 0 && z.getSize() != e.size())) {
                throw damaged(file, Texts.tr("backup.error.missingEntry", e.path()), null);
            }
            database |= e.path().equals(BackupLayout.DATABASE_ENTRY);
        }
        if (!database) {
            throw damaged(file, Texts.tr("backup.error.missingEntry", BackupLayout.DATABASE_ENTRY), null);
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry z = all.nextElement();
            if (!z.isDirectory() && !z.getName().equals(BackupManifest.ENTRY_NAME) && !listed.contains(z.getName())) {
                throw damaged(file, Texts.tr("backup.error.unlisted", z.getName()), null);
            }
        }
    }

    public BackupManifest manifest() {
        return manifest;
    }

    /**
     * Writes the database and the files into {@code target} (a new, empty folder), each forced to disk.
     *
     * @throws BackupException DAMAGED when an entry's bytes differ from the manifest (the caller removes target)
     */
    public void extractTo(Path target) {
        for (BackupManifest.Entry e : manifest.entries()) {
            Path out = BackupLayout.restoredPath(target, e.path()).orElseThrow();
            MessageDigest digest = BackupWriter.sha256();
            long size = 0;
            try {
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(zip.getEntry(e.path()));
                     OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        o.write(buffer, 0, n);
                        digest.update(buffer, 0, n);
                        size += n;
                    }
                }
                try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            } catch (ZipException | java.io.EOFException ex) {
                throw damaged(file, Texts.tr("backup.error.entryChanged", e.path()), ex);
            } catch (IOException ex) {
                throw new BackupException(BackupException.Reason.WRITE,
                        Texts.tr("backup.error.extract", e.path(), ex.getMessage()), ex);
            }
            if (size != e.size() || !HexFormat.of().formatHex(digest.digest()).equals(e.sha256())) {
                throw damaged(file, Texts.tr("backup.error.entryChanged", e.path()), null);
            }
        }
    }

    private static BackupException damaged(Path file, String detail, Throwable cause) {
        return new BackupException(BackupException.Reason.DAMAGED, Texts.tr("backup.error.damaged", file, detail), cause);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
