package org.zhifa.workstation.exchange.bundle;

import java.nio.file.Path;

/** A bundle written to its file: the manifest it carries, the SHA-256 of the manifest bytes, the file's size. */
public record WrittenBundle(Path file, Manifest manifest, String manifestSha256, long fileSize) {
}
