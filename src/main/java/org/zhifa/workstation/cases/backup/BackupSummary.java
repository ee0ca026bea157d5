package org.zhifa.workstation.cases.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup file as its manifest describes it.
 *
 * @param files      the data directory's files in it besides the database
 * @param totalBytes the size of its content before compression
 */
public record BackupSummary(Path file, Instant createdAt, String programVersion, String schemaVersion, long cases,
                            int files, long totalBytes) {
}
