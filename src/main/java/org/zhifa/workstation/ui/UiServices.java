package org.zhifa.workstation.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.review.ReviewServices;
import org.zhifa.workstation.stats.StatisticsServices;
import org.zhifa.workstation.ui.print.DocumentPrinter;
import org.zhifa.workstation.ui.print.SystemDocumentPrinter;

/**
 * The services the GUI uses, handed over by the composition root.
 *
 * @param cases         cases: list, view with next steps and deadlines, perform a step, register, 待办
 * @param referenceData authorities, officers, the catalog
 * @param users         the login check
 * @param evidenceFiles where dropped evidence files are stored (content-addressed)
 * @param settings      the procedure settings in force (hearing threshold, 陈述申辩 window …), read when needed
 * @param clock         "today" for the forms' default dates, the next steps and the deadlines
 * @param dataDirectory shown in the status bar
 * @param documents     the filled documents (PDF, DOCX) and the 卷宗
 * @param exchange      case bundles, review results and keys
 * @param review        the case-file audit (案卷评查)
 * @param statistics    the annual statistics and the 公示 register
 * @param printer       where documents are printed (the system print dialog; a recording printer in tests)
 */
public record UiServices(CaseService cases, ReferenceDataService referenceData, UserService users,
                         EvidenceFiles evidenceFiles, Supplier<ProcedureSettings> settings, Clock clock,
                         Path dataDirectory, DocumentService documents, ExchangeServices exchange,
                         ReviewServices review, StatisticsServices statistics, DocumentPrinter printer) {

    /** The services with the system's printer. */
    public UiServices(CaseService cases, ReferenceDataService referenceData, UserService users,
                      EvidenceFiles evidenceFiles, Supplier<ProcedureSettings> settings, Clock clock,
                      Path dataDirectory, DocumentService documents, ExchangeServices exchange,
                      ReviewServices review, StatisticsServices statistics) {
        this(cases, referenceData, users, evidenceFiles, settings, clock, dataDirectory, documents, exchange, review,
                statistics, new SystemDocumentPrinter());
    }

    public UiServices {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(evidenceFiles, "evidenceFiles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(printer, "printer");
    }
}
