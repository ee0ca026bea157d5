package org.zhifa.workstation.cases;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files the user asked for (exports, saved documents), written so that a failed write leaves any earlier file whole. */
public final class FileWrites {
    private FileWrites() {
    }

    /** Writes {@code content} to a temporary file next to {@code target}, then moves it over the target. */
    public static void replace(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, ".zhifa-", ".tmp");
        try {
            Files.write(temp, content);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // a temporary file is private (rw-------); a saved file is an ordinary one
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
