package org.zhifa.workstation.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.zhifa.workstation.cases.FileWrites;
import org.zhifa.workstation.domain.text.Texts;

/** Writes an output file through a temporary file in the same folder, so a failure never leaves half a file. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) {
        try {
            FileWrites.replace(target, content);
        } catch (IOException e) {
            throw new InputRejectedException(Texts.tr("cli.error.write", target.toAbsolutePath(), e.getMessage()));
        }
    }
}
