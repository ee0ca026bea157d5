package org.zhifa.workstation.cases.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param schemaVersion the schema the restored database has now (migrated when the backup was older)
 * @param keptAside     the folder that holds the data as it was before, when there was any
 */
public record RestoreSummary(Path dataDirectory, BackupSummary backup, String schemaVersion, Optional<Path> keptAside) {
}
