package org.zhifa.workstation.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhifa.workstation.store.Database;

/**
 * Where things go in a backup file, and which files of a data directory it holds.
 *
 * <p>The database, as H2's online backup wrote it, is {@code database/zhifa.mv.db}; every other file of the data
 * directory (the content store {@code files/} with evidence and documents, {@code settings.json}, the rubric, the
 * installation key {@code keys/}, the county's templates, anything a later version adds) is under {@code data/}
 * with its relative path. Left out: the live database files, the {@code backups/} folder itself, the exchange's
 * scratch folder and temporary files.
 */
public final class BackupLayout {
    /** The folder of the automatic backups inside the data directory. */
    public static final String BACKUP_FOLDER = "backups";
    static final String DATABASE_ENTRY = "database/" + Database.FILE_NAME + ".mv.db";
    static final String DATA_PREFIX = "data/";
    private static final Set<String> SKIPPED_FOLDERS = Set.of(BACKUP_FOLDER, "exchange-tmp");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f]+");

    private BackupLayout() {
    }

    /** The data directory's files a backup holds, in a stable order; {@code exclude} (the file being written) left out. */
    static List<Path> dataFiles(Path dataDirectory, Path exclude) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dataDirectory)) {
            return files;
        }
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        try {
            Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean top = dataDirectory.equals(dir.getParent());
                    return top && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !skipped(dataDirectory, file)
                            && !file.toAbsolutePath().normalize().equals(excluded)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private static boolean skipped(Path dataDirectory, Path file) {
        String name = file.getFileName().toString();
        boolean top = dataDirectory.equals(file.getParent());
        return (top && name.startsWith(Database.FILE_NAME + "."))
                || name.endsWith(".tmp") || name.startsWith(".incoming-");
    }

    /** The entry name of a data file. */
    static String entryName(Path dataDirectory, Path file) {
        return DATA_PREFIX + dataDirectory.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Where an entry goes when restored into {@code target}; empty for a name this program would never write
     * (absolute, {@code ..}, odd characters, outside {@code data/} and {@code database/}) — such a file is refused.
     */
    static java.util.Optional<Path> restoredPath(Path target, String entry) {
        if (entry.equals(DATABASE_ENTRY)) {
            return java.util.Optional.of(target.resolve(Database.FILE_NAME + ".mv.db"));
        }
        if (!entry.startsWith(DATA_PREFIX) || entry.length() == DATA_PREFIX.length()) {
            return java.util.Optional.empty();
        }
        String relative = entry.substring(DATA_PREFIX.length());
        String[] segments = relative.split("/", -1);
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || !SAFE_SEGMENT.matcher(s).matches()) {
                return java.util.Optional.empty();
            }
        }
        if (SKIPPED_FOLDERS.contains(segments[0]) || (segments.length == 1 && segments[0].startsWith(Database.FILE_NAME + "."))) {
            return java.util.Optional.empty();
        }
        Path resolved = target.resolve(relative).normalize();
        return resolved.startsWith(target) ? java.util.Optional.of(resolved) : java.util.Optional.empty();
    }
}
