package org.zhifa.workstation.cases.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.security.Permissions;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.settings.SettingsFile;
import org.zhifa.workstation.store.settings.SettingsFileException;

/**
 * Reads and changes the installation's settings ({@code settings.json}). Anyone may read them; saving and resetting
 * need the ADMIN role and are recorded in the audit log.
 */
public final class SettingsService {
    static final String ENTITY = "settings";

    private final SettingsFile file;
    private final Stores stores;

    public SettingsService(SettingsFile file, Stores stores) {
        this.file = file;
        this.stores = stores;
    }

    /** The settings and where they came from. */
    public record Current(WorkstationSettings settings, boolean fromFile, Optional<String> writtenByVersion,
                          Optional<Instant> writtenAt) {
    }

    /**
     * The current settings (the defaults when none were saved).
     *
     * @throws SettingsUnreadableException when the file exists but cannot be read; it is left as it is
     */
    public WorkstationSettings settings() {
        return current().settings();
    }

    /** The current settings with the version and time of the program that saved them. */
    public Current current() {
        SettingsFile.Loaded loaded = translate(file::load);
        return new Current(loaded.settings(), loaded.fromFile(),
                loaded.writtenBy().map(SettingsFile.WrittenBy::version),
                loaded.writtenBy().map(SettingsFile.WrittenBy::at));
    }

    /** Saves the settings (ADMIN only). Refused while the present file is unreadable: reset it first. */
    public void save(Session session, WorkstationSettings settings) {
        Permissions.require(session, Role.ADMIN);
        // the audit entry commits only when the file was written
        stores.database().transaction(tx -> {
            stores.auditLog().append(tx, session.username(), "SETTINGS_SAVED", ENTITY, SettingsFile.FILE_NAME,
                    describe(settings));
            translate(() -> {
                file.save(settings);
                return null;
            });
            return null;
        });
    }

    /**
     * Replaces the settings by the defaults (ADMIN only); an unreadable file is kept as
     * {@code settings.json.corrupt-<timestamp>}.
     *
     * @return where the unreadable file was kept, if there was one
     */
    public Optional<Path> resetToDefaults(Session session) {
        Permissions.require(session, Role.ADMIN);
        return stores.database().transaction(tx -> {
            Optional<Path> kept = translate(file::resetToDefaults);
            stores.auditLog().append(tx, session.username(), "SETTINGS_RESET", ENTITY, SettingsFile.FILE_NAME,
                    kept.map(p -> "{\"keptAs\":\"" + p.getFileName().toString().replace("\"", "") + "\"}").orElse(null));
            return kept;
        });
    }

    public Path path() {
        return file.path();
    }

    private static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (SettingsFileException e) {
            if (e.corrupt()) {
                throw new SettingsUnreadableException(e.getMessage(), e.file(), e);
            }
            throw e;
        }
    }

    private static String describe(WorkstationSettings s) {
        var p = s.procedure();
        return "{\"reviewMode\":\"" + s.reviewMode().name() + "\""
                + ",\"filingDays\":" + p.filingDays()
                + ",\"representationDays\":" + p.representationDays()
                + ",\"hearingThresholdIndividual\":" + p.hearingThresholdIndividual().toPlainString()
                + ",\"hearingThresholdOrganization\":" + p.hearingThresholdOrganization().toPlainString()
                + ",\"reviewThresholdIndividual\":" + p.reviewThresholdIndividual().toPlainString()
                + ",\"reviewThresholdOrganization\":" + p.reviewThresholdOrganization().toPlainString()
                + ",\"reviewOnDeparture\":" + p.reviewOnDeparture()
                + ",\"deliberationOnDeparture\":" + p.deliberationOnDeparture()
                + ",\"onSiteFilingDays\":" + p.onSiteFilingDays()
                + ",\"publicationServiceDays\":" + p.publicationServiceDays()
                + ",\"publicationDays\":" + p.publicationDays()
                + ",\"reviewDays\":" + p.reviewDays()
                + ",\"fullAgeStartsDayAfterBirthday\":" + p.fullAgeStartsDayAfterBirthday()
                + ",\"useDi\":" + s.documentNumberStyle().useDi()
                + ",\"zeroPad\":" + s.documentNumberStyle().zeroPad()
                + ",\"archiveRetentionYears\":" + s.archiveRetentionYears()
                + ",\"backupsToKeep\":" + s.backupsToKeep() + "}";
    }
}
