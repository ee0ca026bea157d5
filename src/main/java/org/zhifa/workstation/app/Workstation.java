package org.zhifa.workstation.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.backup.BackupService;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.DemoUsers;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.cases.settings.SettingsUnreadableException;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.domain.stats.DisclosureScope;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.domain.stats.DisclosureSettings;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.content.RenderedBundleDocuments;
import org.zhifa.workstation.exchange.township.TownshipExchange;
import org.zhifa.workstation.review.AuditResult;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.stats.AnnualStatisticsService;
import org.zhifa.workstation.stats.PublicDisclosureService;
import org.zhifa.workstation.store.settings.SettingsFile;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/** The composition root: one open data directory and the services over it. */
public final class Workstation implements CliServices {
    private final Path dataDirectory;
    private final Database database;
    private final CaseService cases;
    private final ReferenceDataService referenceData;
    private final DemoTownshipLoader demoLoader;
    private final AuditService audit;
    private final UserService users;
    private final SettingsService settings;
    private final EvidenceFiles evidenceFiles;
    private final DocumentService documents;
    private final ExchangeServices exchange;
    private final CaseFileAuditService caseFileAudit;
    private final AnnualStatisticsService annualStatistics;
    private final PublicDisclosureService publicDisclosure;
    private final BackupService backups;

    private Workstation(Path dataDirectory, Database database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        Stores stores = Stores.over(database);
        this.settings = new SettingsService(new SettingsFile(dataDirectory, SettingsFile.programVersion()), stores);
        this.cases = new CaseService(stores, () -> settings.settings().procedure());
        this.documents = DocumentService.over(stores, dataDirectory, settings::settings);
        this.exchange = new ExchangeServices(stores, cases, () -> settings.settings().procedure(), dataDirectory,
                () -> ExchangeLimits.of(settings.settings().exchange()), new RenderedBundleDocuments(documents, dataDirectory),
                Clock.systemDefaultZone());
        cases.guardActions(exchange.township()::lockViolation);
        documents.useReceived((caseNo, type, occurrence) -> type == DocumentType.REVIEW_OPINION
                ? exchange.township().receivedOpinion(caseNo, occurrence) : Optional.empty());
        this.caseFileAudit = CaseFileAuditService.over(stores, dataDirectory, () -> settings.settings().procedure());
        exchange.county().auditWith(caseFileAudit);
        this.annualStatistics = new AnnualStatisticsService(stores);
        this.publicDisclosure = new PublicDisclosureService(stores, () -> new DisclosureSettings(
                DisclosureScope.GENERAL_PROCEDURE, settings.settings().procedure().publicationDays(), 3),
                Clock.systemDefaultZone());
        exchange.township().gateSubmissions(this::auditBeforeSubmission);
        this.referenceData = new ReferenceDataService(stores);
        this.users = new UserService(stores);
        this.evidenceFiles = new EvidenceFiles(dataDirectory);
        this.audit = new AuditService(stores);
        this.backups = new BackupService(stores, dataDirectory, this::backupsToKeep, Clock.systemDefaultZone());
        this.demoLoader = new DemoTownshipLoader(stores, cases.importer(),
                officers -> new DemoUsers(new UserService(stores, DemoUsers.HASHER)).createDemoUsers(officers));
    }

    /** The case-file audit before 报送审核: veto findings block the export, scored findings warn. */
    private TownshipExchange.GateResult auditBeforeSubmission(String caseNo) {
        AuditResult result = caseFileAudit.audit(caseNo);
        return new TownshipExchange.GateResult(
                result.vetoFindings().stream().map(Workstation::describe).toList(),
                result.scoredFindings().stream().map(Workstation::describe).toList());
    }

    private static String describe(Finding f) {
        return Texts.tr("exchange.submit.finding", f.itemId(), f.place(), f.message());
    }

    /** The setting; the default while the settings file cannot be read (a backup is what may repair it). */
    private int backupsToKeep() {
        try {
            return settings.settings().backupsToKeep();
        } catch (SettingsUnreadableException e) {
            return WorkstationSettings.DEFAULT_BACKUPS_TO_KEEP;
        }
    }

    /** Opens the data directory, creating and migrating its database as needed. */
    public static Workstation open(Path dataDirectory) {
        return new Workstation(dataDirectory, Database.open(dataDirectory));
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public CaseService cases() {
        return cases;
    }

    @Override
    public ReferenceDataService referenceData() {
        return referenceData;
    }

    @Override
    public DemoTownshipLoader demoLoader() {
        return demoLoader;
    }

    @Override
    public ExchangeServices exchange() {
        return exchange;
    }

    @Override
    public CaseFileAuditService caseFileAudit() {
        return caseFileAudit;
    }

    @Override
    public AnnualStatisticsService annualStatistics() {
        return annualStatistics;
    }

    @Override
    public PublicDisclosureService publicDisclosure() {
        return publicDisclosure;
    }

    @Override
    public DocumentService documents() {
        return documents;
    }

    public EvidenceFiles evidenceFiles() {
        return evidenceFiles;
    }

    @Override
    public AuditService audit() {
        return audit;
    }

    @Override
    public UserService users() {
        return users;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    /** Makes the backup on exit when the automatic backups are on ({@link BackupService#startAutomatic}), then closes. */
    @Override
    public void close() {
        backups.closing();
        database.close();
    }
}
