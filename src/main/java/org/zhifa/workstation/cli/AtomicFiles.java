package org.zhifa.workstation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.zhifa.workstation.domain.text.Texts;

/** Writes an output file through a temporary file in the same folder, so a failure never leaves half a file. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path temp = Files.createTempFile(dir, ".zhifa-", ".tmp");
            try {
                Files.write(temp, content);
                if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                    // a temporary file is private (rw-------); an exported file is an ordinary one
                    Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new InputRejectedException(Texts.tr("cli.error.write", absolute, e.getMessage()));
        }
    }
}
