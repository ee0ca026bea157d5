package org.zhifa.workstation.documents;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.CaseFile;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.Part;
import org.zhifa.workstation.documents.fields.CaseFields;
import org.zhifa.workstation.documents.fields.CaseFileSummary;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.documents.fields.FieldContext;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer.RenderedPdf;
import org.zhifa.workstation.documents.template.FieldValues;
import org.zhifa.workstation.documents.template.TemplateEntry;
import org.zhifa.workstation.documents.template.TemplateFiller;
import org.zhifa.workstation.documents.template.TemplateMarkers;
import org.zhifa.workstation.documents.template.TemplateIndex;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.HolidayCalendar;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.DocumentRepository;
import org.zhifa.workstation.store.DocumentRepository.DocumentRow;
import org.zhifa.workstation.store.DocumentRepository.NumberRow;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * Produces a case's documents and its 卷宗.
 *
 * <p>{@link #render}: the fields come from {@link CaseFields}; the template from {@link TemplateIndex}; numbered
 * types get their 文号 from the authority's sequence for the 文书代字 and the year of the document's date, in the
 * same transaction that records the document (R37): a failure (a missing field, say) rolls the allocation back, so
 * numbers have no gaps; a document produced again keeps its number. Numbered documents that come before it in the
 * case (the 告知书 a decision cites, the decision a 送达回证 cites) get theirs first, in the order of the case.
 * The DOCX is the filled template; the PDF is rendered from the same filled document. Both are kept in the content
 * store with a row in {@code document}.
 *
 * <p>{@link #caseFile}: every document the case's history calls for, in archive order, paginated, with the
 * 卷宗封面, 卷内目录 and 备考表 (R38).
 */
public final class DocumentService implements AutoCloseable {
    /** The document type under which an assembled 卷宗 is kept (not a template). */
    public static final String CASE_FILE_TYPE = "CASE_FILE";

    private final Stores stores;
    private final DocumentRepository documents;
    private final ContentStore content;
    private final Supplier<WorkstationSettings> settings;
    private final TemplateIndex index;
    private final DocxPdfRenderer renderer;
    private final Clock clock;
    private volatile List<DocumentType> archiveOrder = List.of();
    private volatile ReceivedDocuments received = ReceivedDocuments.NONE;
    private AutoCloseable owned;

    public DocumentService(Stores stores, ContentStore content, Supplier<WorkstationSettings> settings,
                           TemplateIndex index, DocxPdfRenderer renderer, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.documents = new DocumentRepository(stores.reference());
        this.content = Objects.requireNonNull(content, "content");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.index = Objects.requireNonNull(index, "index");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The service of a data directory: documents kept in its content store, templates from its {@code templates/}
     * folder (the county's edited copies), then the repository's {@code templates/} folder, then the program's.
     */
    public static DocumentService over(Stores stores, Path dataDirectory, Supplier<WorkstationSettings> settings) {
        return new DocumentService(stores, new ContentStore(dataDirectory), settings,
                TemplateIndex.standard(dataDirectory), new DocxPdfRenderer(), Clock.systemDefaultZone());
    }

    /**
     * A service with its own connection pool on the data directory's database, for callers that have no
     * {@link Stores} (the command line until the composition root hands the service over); close it after use.
     */
    public static DocumentService open(Path dataDirectory, Supplier<WorkstationSettings> settings) {
        org.zhifa.workstation.store.Database database = org.zhifa.workstation.store.Database.open(dataDirectory);
        DocumentService service = over(Stores.over(database), dataDirectory, settings);
        service.owned = database;
        return service;
    }

    /** Closes the database pool when the service opened it itself ({@link #open}); otherwise nothing. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            owned = null;
        }
    }

    /**
     * Where documents that arrived from elsewhere are found (the 法制审核意见书 in a review result): the 卷宗 takes
     * such a document as it arrived instead of producing it here.
     */
    public void useReceived(ReceivedDocuments source) {
        this.received = Objects.requireNonNull(source, "source");
    }

    /**
     * One document of a case that is not stored here (a bundled case under review): filled and rendered with this
     * installation's templates and settings, with the given officers in addition to this installation's; no 文号
     * is taken and no document row is recorded (the file is kept in the content store).
     */
    public RenderedDocument renderDetached(CaseRecord c, DocumentType type, java.util.Collection<Officer> officers,
                                           DocumentFormat format) {
        TemplateEntry entry = index.require(type);
        return stores.database().read(tx -> {
            FieldContext own = context(tx);
            Map<String, Officer> all = new java.util.HashMap<>(own.officers());
            officers.forEach(o -> all.putIfAbsent(o.code(), o));
            List<DocumentInstance> ofType = CaseFields.documents(c).stream().filter(d -> d.type() == type).toList();
            DocumentInstance inst = ofType.isEmpty() ? null : ofType.getLast();
            LocalDate date = inst == null || inst.date() == null ? today() : inst.date();
            FieldContext ctx = FieldContext.of(all, own.teams(), settings.get(), own.calendar())
                    .withDocumentDate(date).withOccurrence(inst == null ? 0 : inst.occurrence());
            FieldValues values = CaseFields.forCase(c, type, ctx);
            byte[] docx = TemplateFiller.fill(new ByteArrayInputStream(index.templateBytes(entry)), entry.file(), values,
                    entry.required());
            byte[] bytes = docx;
            Integer pages = null;
            if (format == DocumentFormat.PDF) {
                RenderedPdf pdf = renderer.render(docx);
                bytes = pdf.bytes();
                pages = pdf.pages();
            }
            String sha = content.put(new ByteArrayInputStream(bytes));
            String title = inst == null || inst.title() == null ? entry.title() : inst.title();
            return new RenderedDocument(c.caseNo(), type, inst == null ? 0 : inst.occurrence(), title, null, date,
                    format, bytes, pages, sha);
        });
    }

    /** The template index in use. */
    public TemplateIndex templates() {
        return index;
    }

    /**
     * Overrides the archive order of the 卷宗 (a setting): the listed types first, in this order; unlisted types
     * follow in the index's archiveOrder. Empty: the index's order.
     */
    public void setArchiveOrder(List<DocumentType> order) {
        this.archiveOrder = List.copyOf(order);
    }

    /** A document type by its name (DECISION, decision); UNKNOWN_TYPE with the list of types otherwise. */
    public static DocumentType parseType(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DocumentType.valueOf(n);
        } catch (IllegalArgumentException e) {
            String all = java.util.Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new DocumentException(DocumentException.Reason.UNKNOWN_TYPE, Texts.tr("doc.error.unknownType", name, all));
        }
    }

    /** The documents the case has at its stage, in the order of the case (CaseFields.documents). */
    public List<DocumentInstance> available(String caseNo) {
        return stores.database().read(tx -> CaseFields.documents(load(tx, caseNo)));
    }

    /** The files produced for the case so far (one row per document, occurrence and format). */
    public List<DocumentRow> produced(String caseNo) {
        return stores.database().read(tx -> {
            load(tx, caseNo);
            return documents.documents(tx, caseNo);
        });
    }

    /** The 文号 given to the case's documents so far. */
    public List<NumberRow> numbers(String caseNo) {
        return stores.database().read(tx -> {
            load(tx, caseNo);
            return documents.numbers(tx, caseNo);
        });
    }

    /** The latest document of the type (or a draft of a 告知书 / 催告书 not yet served). */
    public RenderedDocument render(String caseNo, DocumentType type, DocumentFormat format) {
        return render(caseNo, type, null, format);
    }

    /**
     * One document of the case.
     *
     * @param occurrence which one of the type (0-based), null for the latest
     */
    public RenderedDocument render(String caseNo, DocumentType type, Integer occurrence, DocumentFormat format) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        TemplateEntry entry = index.require(type);
        if (isFileForm(type)) {
            CaseFileSummary summary = assemble(caseNo).summary();
            return stores.database().transaction(tx -> renderIn(tx, caseNo, entry, 0, format, summary));
        }
        return stores.database().transaction(tx -> renderIn(tx, caseNo, entry, occurrence, format, null));
    }

    /** The 卷宗 of the case as one PDF; it is also kept in the content store. */
    public CaseFile caseFile(String caseNo) {
        return assemble(caseNo);
    }

    // ================================================================================================================

    private CaseFile assemble(String caseNo) {
        CaseRecord c = stores.database().read(tx -> load(tx, caseNo));
        List<DocumentInstance> ordered = CaseFileAssembler.order(CaseFields.documents(c), this::archivePosition).stream()
                .filter(d -> index.entry(d.type()).isPresent())
                .toList();
        List<Part> parts = new ArrayList<>();
        for (DocumentInstance d : ordered) {
            Optional<byte[]> arrived = received.pdf(caseNo, d.type(), d.occurrence());
            if (arrived.isPresent()) {
                byte[] pdf = arrived.get();
                parts.add(new Part(d, d.title() == null ? index.require(d.type()).title() : d.title(), null, d.date(),
                        pdf, CaseFileAssembler.pageCount(pdf)));
                continue;
            }
            TemplateEntry entry = index.require(d.type());
            RenderedDocument r = stores.database().transaction(tx ->
                    renderIn(tx, caseNo, entry, d.occurrence(), DocumentFormat.PDF, null));
            parts.add(new Part(d, d.title() == null ? r.title() : d.title(), r.number(), r.issuedOn(), r.bytes(),
                    r.pages() == null ? 1 : r.pages()));
        }
        CaseFileSummary summary = CaseFileAssembler.paginate(parts);
        byte[] cover = formPdf(caseNo, DocumentType.FILE_COVER, summary);
        byte[] indexPdf = formPdf(caseNo, DocumentType.FILE_INDEX, summary);
        byte[] note = formPdf(caseNo, DocumentType.FILE_NOTE, summary);
        CaseFile file = CaseFileAssembler.assemble(caseNo, cover, indexPdf, parts, note, summary);
        String sha = content.put(new ByteArrayInputStream(file.pdf()));
        stores.database().transaction(tx -> {
            documents.saveDocument(tx, caseNo, new DocumentRow(CASE_FILE_TYPE, 0, Texts.tr("doc.caseFile.title", caseNo),
                    null, today(), DocumentFormat.PDF.name(), sha, file.pdf().length, file.physicalPages(),
                    LocalDateTime.now(clock)));
            return null;
        });
        return file;
    }

    private byte[] formPdf(String caseNo, DocumentType type, CaseFileSummary summary) {
        TemplateEntry entry = index.require(type);
        return stores.database().transaction(tx -> renderIn(tx, caseNo, entry, 0, DocumentFormat.PDF, summary)).bytes();
    }

    private int archivePosition(DocumentType type) {
        List<DocumentType> override = archiveOrder;
        int i = override.indexOf(type);
        if (i >= 0) {
            return i - override.size() - 100_000;
        }
        return index.entry(type).map(TemplateEntry::archiveOrder).orElse(10_000 + type.ordinal());
    }

    private static boolean isFileForm(DocumentType type) {
        return type == DocumentType.FILE_COVER || type == DocumentType.FILE_INDEX || type == DocumentType.FILE_NOTE;
    }

    private CaseRecord load(Tx tx, String caseNo) {
        return stores.cases().find(tx, caseNo).orElseThrow(() -> new DocumentException(
                DocumentException.Reason.CASE_NOT_FOUND, Texts.tr("doc.error.caseNotFound", caseNo)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Renders one document inside the caller's transaction; see the class comment. */
    private RenderedDocument renderIn(Tx tx, String caseNo, TemplateEntry entry, Integer occurrence,
                                      DocumentFormat format, CaseFileSummary summary) {
        CaseRecord c = load(tx, caseNo);
        DocumentType type = entry.type();
        List<DocumentInstance> all = CaseFields.documents(c);
        List<DocumentInstance> ofType = all.stream().filter(d -> d.type() == type).toList();
        int occ;
        LocalDate date;
        String title;
        if (ofType.isEmpty()) {
            if (!DocumentSteps.draftable(c, type)) {
                throw stepMissing(c, type, DocumentSteps.stepOf(type).map(Texts::label).orElse(entry.title()));
            }
            occ = 0;
            date = today();
            title = entry.title();
        } else {
            occ = occurrence == null ? ofType.size() - 1 : occurrence;
            if (occ < 0 || occ >= ofType.size()) {
                throw new DocumentException(DocumentException.Reason.STEP_MISSING, Texts.tr("doc.error.occurrence",
                        caseNo, entry.title(), occ + 1, ofType.size()));
            }
            DocumentInstance inst = ofType.get(occ);
            date = inst.date() != null ? inst.date() : today();
            title = inst.title() != null ? inst.title() : entry.title();
        }
        FieldContext base = context(tx).withDocumentDate(date).withOccurrence(occ).withCaseFile(summary);
        for (DocumentInstance before : all) {
            boolean itself = before.type() == type && before.occurrence() == occ;
            boolean later = type != DocumentType.SERVICE_RECEIPT && before.type() != DocumentType.SERVICE_RECEIPT
                    && before.type().ordinal() > type.ordinal();
            if (itself || later) {
                break;
            }
            index.entry(before.type()).filter(e -> e.numberCodeOpt().isPresent()).ifPresent(e ->
                    numberFor(tx, c, e, before.occurrence(), before.date() == null ? date : before.date()));
        }
        String number = entry.numberCodeOpt().isPresent() ? numberFor(tx, c, entry, occ, date) : null;
        FieldContext ctx = base.withDocumentNumber(number).withNumbers(numbersOf(tx, caseNo));
        byte[] template = index.templateBytes(entry);
        FieldValues values = CaseFields.forCase(c, type, ctx, TemplateMarkers.groups(template, entry.required()));
        // A missing required field throws here, inside the transaction: the numbers taken above are rolled back.
        TemplateFiller.checkRequired(entry.file(), values, entry.required());
        byte[] docx = TemplateFiller.fill(new ByteArrayInputStream(template), entry.file(), values,
                entry.required());
        byte[] bytes;
        Integer pages;
        if (format == DocumentFormat.PDF) {
            RenderedPdf pdf = renderer.render(docx);
            bytes = pdf.bytes();
            pages = pdf.pages();
        } else {
            bytes = docx;
            pages = null;
        }
        String sha = content.put(new ByteArrayInputStream(bytes));
        documents.saveDocument(tx, caseNo, new DocumentRow(type.name(), occ, title, number, date, format.name(), sha,
                bytes.length, pages, LocalDateTime.now(clock)));
        return new RenderedDocument(caseNo, type, occ, title, number, date, format, bytes, pages, sha);
    }

    /** The document's 文号: the one recorded for it, else the next of the sequence (recorded now). */
    private String numberFor(Tx tx, CaseRecord c, TemplateEntry entry, int occurrence, LocalDate date) {
        Optional<NumberRow> existing = documents.number(tx, c.caseNo(), entry.type().name(), occurrence);
        if (existing.isPresent()) {
            return existing.get().number();
        }
        String code = entry.numberCodeOpt().orElseThrow();
        int year = date.getYear();
        int serial = documents.allocateNumber(tx, c.authority().code(), code, year);
        String number = DocumentNumbers.format(c.authority(), code, year, serial, settings.get().documentNumberStyle());
        documents.recordNumber(tx, c.caseNo(), new NumberRow(entry.type().name(), occurrence, c.authority().code(),
                code, year, serial, number, date));
        return number;
    }

    private Map<DocumentType, String> numbersOf(Tx tx, String caseNo) {
        Map<DocumentType, String> out = new EnumMap<>(DocumentType.class);
        documents.latestNumbers(tx, caseNo).forEach((type, number) -> {
            try {
                out.put(DocumentType.valueOf(type), number);
            } catch (IllegalArgumentException e) {
                // a type of an older version: not cited
            }
        });
        return out;
    }

    private FieldContext context(Tx tx) {
        HolidayCalendar holidays = HolidayCalendar.of(stores.holidays().entries(tx), stores.holidays().years(tx).keySet());
        Map<String, Officer> officers = stores.reference().officers(tx).stream()
                .collect(Collectors.toMap(Officer::code, Function.identity(), (a, b) -> a));
        Map<String, Team> teams = stores.reference().teams(tx).stream()
                .collect(Collectors.toMap(Team::code, Function.identity(), (a, b) -> a));
        return FieldContext.of(officers, teams, settings.get(), new LegalCalendar(holidays));
    }

    private DocumentException stepMissing(CaseRecord c, DocumentType type, String step) {
        String title = index.entry(type).map(TemplateEntry::title).orElse(type.name());
        Optional<String> draftStep = DocumentSteps.draftStepOf(type).map(Texts::label);
        String message = draftStep.isPresent()
                ? Texts.tr("doc.error.stepMissingDraft", c.caseNo(), title, step, draftStep.get())
                : Texts.tr("doc.error.stepMissing", c.caseNo(), title, step);
        return new DocumentException(DocumentException.Reason.STEP_MISSING, message);
    }
}
