package org.zhifa.workstation.cases.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.security.AccessDeniedException;
import org.zhifa.workstation.cases.security.SecurityFixtures;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.zhifa.workstation.domain.settings.ReviewMode;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.settings.SettingsFile;

class SettingsServiceTest {
    @TempDir
    Path dataDir;

    private Database db;
    private Stores stores;
    private SettingsService settings;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        stores = Stores.over(db);
        settings = new SettingsService(new SettingsFile(dataDir, "1.2.3"), stores);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntry> auditLog() {
        return db.read(tx -> stores.auditLog().all(tx));
    }

    @Test
    void anAdminSavesAndTheChangeIsAudited() {
        Session admin = SecurityFixtures.sessionOf("admin", Role.ADMIN);
        WorkstationSettings own = WorkstationSettings.defaults().withReviewMode(ReviewMode.OWN_STAFF);
        settings.save(admin, own);

        assertThat(settings.settings()).isEqualTo(own);
        assertThat(settings.current().writtenByVersion()).contains("1.2.3");
        List<AuditEntry> log = auditLog();
        assertThat(log).extracting(AuditEntry::action).containsExactly("SETTINGS_SAVED");
        assertThat(log.getFirst().actor()).isEqualTo("admin");
        assertThat(log.getFirst().details()).contains("\"reviewMode\":\"OWN_STAFF\"");
        assertThat(new AuditService(stores).verify().ok()).isTrue();
    }

    @Test
    void savingNeedsAdmin() {
        Session lead = SecurityFixtures.sessionOf("o01", Role.LEAD, Role.OFFICER);
        assertThatThrownBy(() -> settings.save(lead, WorkstationSettings.defaults()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> settings.resetToDefaults(lead)).isInstanceOf(AccessDeniedException.class);
        assertThat(Files.exists(settings.path())).isFalse();
    }

    @Test
    void anUnreadableFileIsReportedAndCanBeReset() throws Exception {
        Files.writeString(settings.path(), "{oops");
        assertThatThrownBy(() -> settings.settings())
                .isInstanceOf(SettingsUnreadableException.class)
                .hasMessageContaining("恢复默认设置");
        Session admin = SecurityFixtures.sessionOf("admin", Role.ADMIN);
        assertThatThrownBy(() -> settings.save(admin, WorkstationSettings.defaults()))
                .isInstanceOf(SettingsUnreadableException.class);
        assertThat(auditLog()).as("nothing saved, nothing audited").isEmpty();

        assertThat(settings.resetToDefaults(admin)).isPresent();
        assertThat(settings.settings()).isEqualTo(WorkstationSettings.defaults());
        assertThat(auditLog()).extracting(AuditEntry::action)
                .containsExactly("SETTINGS_RESET");
    }
}
