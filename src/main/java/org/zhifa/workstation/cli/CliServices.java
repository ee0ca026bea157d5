package org.zhifa.workstation.cli;

import java.nio.file.Path;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.backup.BackupService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.review.ReviewServices;
import org.zhifa.workstation.stats.StatisticsServices;

/** The services the command line uses; opened for the data directory the user chose. */
public interface CliServices extends AutoCloseable, ReviewServices, StatisticsServices {
    Path dataDirectory();

    CaseService cases();

    ReferenceDataService referenceData();

    DemoTownshipLoader demoLoader();

    AuditService audit();

    UserService users();

    SettingsService settings();

    DocumentService documents();

    ExchangeServices exchange();

    BackupService backups();

    @Override
    void close();
}
