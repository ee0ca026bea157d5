package org.zhifa.workstation.domain.settings;

import java.util.Objects;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;

/**
 * The settings of one installation, kept in {@code settings.json} in the data directory.
 *
 * @param procedure             the local procedure values (deadlines, thresholds)
 * @param reviewMode            who does the 法制审核
 * @param documentNumberStyle   how 文号 serials are written
 * @param archiveRetentionYears 归档 retention period in years for cases not kept permanently (default 30)
 * @param backupsToKeep         how many backups to keep before the oldest is deleted (default 7)
 * @param exchange              the limits a bundle file must stay within (entries, bytes, compression ratio)
 */
public record WorkstationSettings(
        ProcedureSettings procedure,
        ReviewMode reviewMode,
        DocumentNumberStyle documentNumberStyle,
        int archiveRetentionYears,
        int backupsToKeep,
        ExchangeSettings exchange) {

    public static final int DEFAULT_ARCHIVE_RETENTION_YEARS = 30;
    public static final int DEFAULT_BACKUPS_TO_KEEP = 7;

    public WorkstationSettings {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(reviewMode, "reviewMode");
        Objects.requireNonNull(documentNumberStyle, "documentNumberStyle");
        Objects.requireNonNull(exchange, "exchange");
        if (archiveRetentionYears < 1 || archiveRetentionYears > 100) {
            throw new IllegalArgumentException("archiveRetentionYears must be 1..100: " + archiveRetentionYears);
        }
        if (backupsToKeep < 1 || backupsToKeep > 1000) {
            throw new IllegalArgumentException("backupsToKeep must be 1..1000: " + backupsToKeep);
        }
    }

    /** Settings with the default exchange limits. */
    public WorkstationSettings(ProcedureSettings procedure, ReviewMode reviewMode, DocumentNumberStyle documentNumberStyle,
                               int archiveRetentionYears, int backupsToKeep) {
        this(procedure, reviewMode, documentNumberStyle, archiveRetentionYears, backupsToKeep, ExchangeSettings.defaults());
    }

    /** The settings of a new installation: the county review center does the review (DESIGN.md). */
    public static WorkstationSettings defaults() {
        return new WorkstationSettings(ProcedureSettings.defaults(), ReviewMode.COUNTY_CENTER,
                DocumentNumberStyle.defaults(), DEFAULT_ARCHIVE_RETENTION_YEARS, DEFAULT_BACKUPS_TO_KEEP);
    }

    public WorkstationSettings withProcedure(ProcedureSettings p) {
        return new WorkstationSettings(p, reviewMode, documentNumberStyle, archiveRetentionYears, backupsToKeep, exchange);
    }

    public WorkstationSettings withReviewMode(ReviewMode m) {
        return new WorkstationSettings(procedure, m, documentNumberStyle, archiveRetentionYears, backupsToKeep, exchange);
    }

    public WorkstationSettings withDocumentNumberStyle(DocumentNumberStyle s) {
        return new WorkstationSettings(procedure, reviewMode, s, archiveRetentionYears, backupsToKeep, exchange);
    }

    public WorkstationSettings withArchiveRetentionYears(int years) {
        return new WorkstationSettings(procedure, reviewMode, documentNumberStyle, years, backupsToKeep, exchange);
    }

    public WorkstationSettings withBackupsToKeep(int count) {
        return new WorkstationSettings(procedure, reviewMode, documentNumberStyle, archiveRetentionYears, count, exchange);
    }

    public WorkstationSettings withExchange(ExchangeSettings e) {
        return new WorkstationSettings(procedure, reviewMode, documentNumberStyle, archiveRetentionYears, backupsToKeep, e);
    }
}
