package org.zhifa.workstation.app;

import java.nio.file.Path;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.DemoUsers;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.store.settings.SettingsFile;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/** The composition root: one open data directory and the services over it. */
public final class Workstation implements AutoCloseable {
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

    private Workstation(Path dataDirectory, Database database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        Stores stores = Stores.over(database);
        this.settings = new SettingsService(new SettingsFile(dataDirectory, SettingsFile.programVersion()), stores);
        this.cases = new CaseService(stores, () -> settings.settings().procedure());
        this.documents = DocumentService.over(stores, dataDirectory, settings::settings);
        this.exchange = new ExchangeServices(stores, cases, () -> settings.settings().procedure(), dataDirectory);
        cases.guardActions(exchange.township()::lockViolation);
        this.referenceData = new ReferenceDataService(stores);
        this.users = new UserService(stores);
        this.evidenceFiles = new EvidenceFiles(dataDirectory);
        this.audit = new AuditService(stores);
        this.demoLoader = new DemoTownshipLoader(stores, cases.importer(),
                officers -> new DemoUsers(new UserService(stores, DemoUsers.HASHER)).createDemoUsers(officers));
    }

    /** Opens the data directory, creating and migrating its database as needed. */
    public static Workstation open(Path dataDirectory) {
        return new Workstation(dataDirectory, Database.open(dataDirectory));
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public CaseService cases() {
        return cases;
    }

    public ReferenceDataService referenceData() {
        return referenceData;
    }

    public DemoTownshipLoader demoLoader() {
        return demoLoader;
    }

    public ExchangeServices exchange() {
        return exchange;
    }

    public DocumentService documents() {
        return documents;
    }

    public EvidenceFiles evidenceFiles() {
        return evidenceFiles;
    }

    public AuditService audit() {
        return audit;
    }

    public UserService users() {
        return users;
    }

    public SettingsService settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
    }
}
