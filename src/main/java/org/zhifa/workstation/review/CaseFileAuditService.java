package org.zhifa.workstation.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.checks.AuditInput;
import org.zhifa.workstation.review.checks.DocumentText;
import org.zhifa.workstation.review.checks.IssuedNumber;
import org.zhifa.workstation.store.StatisticsRepository;
import org.zhifa.workstation.store.StatisticsRepository.DocumentFile;
import org.zhifa.workstation.store.StatisticsRepository.NumberUse;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * 案卷评查 of stored cases: loads the case with the rule context it is judged in (officers and certificates, catalog,
 * holiday calendar, procedure settings), the deadlines the procedure engine computes, and — when the case's
 * documents were produced — their text and 文号, and runs the rubric ({@link CaseFileAudit}).
 *
 * <p>The township runs it before 报送审核: {@link #blocksSubmission} is true when a veto item was found (the export
 * is refused); the scored findings are warnings. The county runs it on received files and in batches, with a PDF
 * report per case and an XLSX report per batch.
 */
public final class CaseFileAuditService {
    private final Stores stores;
    private final StatisticsRepository statistics;
    private final ContentStore content;
    private final Supplier<ProcedureSettings> procedureSettings;
    private final Supplier<AuditSettings> settings;
    private final Supplier<Rubric> rubric;
    private final Clock clock;
    private final ProcedureEngine engine = ProcedureEngine.standard();

    /**
     * @param dataDirectory     the data directory, for the produced documents (content store) and a county rubric
     *                          ({@code rubric.json}); null: no documents are read and the shipped rubric applies
     * @param procedureSettings the procedure settings the cases are judged by
     * @param settings          the audit settings (pass mark)
     */
    public CaseFileAuditService(Stores stores, Path dataDirectory, Supplier<ProcedureSettings> procedureSettings,
                                Supplier<AuditSettings> settings, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.statistics = new StatisticsRepository(stores.cases());
        this.content = dataDirectory == null ? null : new ContentStore(dataDirectory);
        this.procedureSettings = Objects.requireNonNull(procedureSettings, "procedureSettings");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rubric = () -> Rubric.forDataDirectory(dataDirectory);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The service of a data directory with the default audit settings and today's date. */
    public static CaseFileAuditService over(Stores stores, Path dataDirectory, Supplier<ProcedureSettings> procedureSettings) {
        return new CaseFileAuditService(stores, dataDirectory, procedureSettings, AuditSettings::defaults,
                Clock.systemDefaultZone());
    }

    /** The rubric in force (the county's when the data directory has one). */
    public Rubric rubric() {
        return rubric.get();
    }

    /** Audits a case as of today. */
    public AuditResult audit(String caseNo) {
        return audit(caseNo, LocalDate.now(clock));
    }

    /** Audits a case, judging open deadlines as of the day given. */
    public AuditResult audit(String caseNo, LocalDate asOf) {
        CaseFileAudit audit = new CaseFileAudit(rubric.get(), settings.get());
        return stores.database().read(tx -> audit.audit(input(tx, caseNo, asOf)));
    }

    /** A Word document of a case file that is not stored here: its type name, title, 文号 (or null) and file. */
    public record FileDocument(String docType, String title, String number, Path docx) { }

    /**
     * Audits a case that is not stored here (a case bundle the county review center received): the case as its
     * history replays, judged in this installation's calendar and procedure settings with the officers and catalog
     * matters the file refers to, and the text of its Word documents (none: the document checks are skipped with
     * a note). 文号 uniqueness across cases is not judged.
     */
    public AuditResult audit(CaseRecord c, Collection<Officer> officers,
                             Collection<CatalogMatter> catalog, List<FileDocument> documents, LocalDate asOf) {
        CaseFileAudit audit = new CaseFileAudit(rubric.get(), settings.get());
        RuleContext ctx = stores.database().read(tx -> context(tx, officers, catalog));
        List<DocumentText> texts = new ArrayList<>();
        for (FileDocument d : documents) {
            String text = DocxText.read(d.docx());
            if (text != null) {
                texts.add(new DocumentText(d.docType(), d.title(), d.number(), text));
            }
        }
        AuditInput in = AuditInput.of(c, ctx, engine.deadlines(c, ctx), asOf);
        return audit.audit(in.withDocuments(texts.isEmpty() ? null : texts, null));
    }

    /** Audits several cases (one rubric, one day); an unknown case number is refused before any is audited. */
    public List<AuditResult> auditBatch(List<String> caseNos) {
        return auditBatch(caseNos, LocalDate.now(clock));
    }

    public List<AuditResult> auditBatch(List<String> caseNos, LocalDate asOf) {
        CaseFileAudit audit = new CaseFileAudit(rubric.get(), settings.get());
        return stores.database().read(tx -> {
            for (String caseNo : caseNos) {
                if (!stores.cases().exists(tx, caseNo)) {
                    throw new AuditException(Texts.tr("review.error.caseNotFound", caseNo));
                }
            }
            RuleContext ctx = context(tx);
            List<AuditResult> results = new ArrayList<>();
            for (String caseNo : caseNos) {
                results.add(audit.audit(input(tx, caseNo, asOf, ctx)));
            }
            return results;
        });
    }

    /**
     * Whether the file may not be sent for 审核 (报送审核): a veto item was found. The scored findings only warn.
     * For the exchange: call {@code audit(caseNo)} and refuse the bundle export when this is true, showing
     * {@link AuditResult#vetoFindings()}.
     */
    public boolean blocksSubmission(AuditResult result) {
        return result.vetoed();
    }

    /** The per-case report as PDF (Noto Serif SC embedded). */
    public byte[] reportPdf(AuditResult result) {
        return AuditPdfReport.render(result);
    }

    /** The per-batch report as XLSX: a summary sheet (township, case, score, verdict) and a findings sheet. */
    public byte[] batchWorkbook(List<AuditResult> results) {
        return AuditBatchWorkbook.render(results);
    }

    /** The result as JSON (for {@code zhifa review audit --json} and scripts). */
    public String toJson(AuditResult result) {
        return AuditJson.write(result);
    }

    // ================================================================================================================

    private AuditInput input(Tx tx, String caseNo, LocalDate asOf) {
        return input(tx, caseNo, asOf, null);
    }

    private AuditInput input(Tx tx, String caseNo, LocalDate asOf, RuleContext shared) {
        CaseRecord c = stores.cases().find(tx, caseNo)
                .orElseThrow(() -> new AuditException(Texts.tr("review.error.caseNotFound", caseNo)));
        RuleContext ctx = shared == null ? context(tx) : shared;
        AuditInput in = AuditInput.of(c, ctx, engine.deadlines(c, ctx), asOf);
        List<NumberUse> uses = statistics.documentNumbers(tx, caseNo);
        List<DocumentFile> files = statistics.documentFiles(tx, caseNo);
        List<IssuedNumber> numbers = uses.isEmpty() ? null : uses.stream()
                .map(u -> new IssuedNumber(u.docType(), u.number(), u.otherCases(), u.otherDocuments())).toList();
        List<DocumentText> texts = null;
        if (content != null && !files.isEmpty()) {
            texts = new ArrayList<>();
            for (DocumentFile f : files) {
                String text = content.find(f.sha256()).map(DocxText::read).orElse(null);
                if (text != null) {
                    texts.add(new DocumentText(f.docType(), f.title(), f.number(), text));
                }
            }
            if (texts.isEmpty()) {
                texts = null;
            }
        }
        return in.withDocuments(texts, numbers);
    }

    private RuleContext context(Tx tx) {
        return context(tx, stores.reference().officers(tx), stores.catalog().all(tx));
    }

    private RuleContext context(Tx tx, Collection<Officer> officers, Collection<CatalogMatter> catalog) {
        HolidayCalendar holidays = HolidayCalendar.of(stores.holidays().entries(tx), stores.holidays().years(tx).keySet());
        return new RuleContext(new LegalCalendar(holidays), procedureSettings.get(),
                officers.stream().collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a)),
                catalog.stream().collect(Collectors.toMap(CatalogMatter::code, Function.identity(), (a, b) -> a)));
    }
}
