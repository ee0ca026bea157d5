package org.zhifa.workstation.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer;
import org.zhifa.workstation.documents.pdf.PdfFonts;
import org.zhifa.workstation.documents.template.TemplateIndex;
import org.zhifa.workstation.domain.settings.WorkstationSettings;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.files.ContentStore;

/**
 * The demo township in a fresh data directory and a document service over it: the repository's templates, the
 * bundled font only (the same output on every machine), a fixed clock (2026-12-01).
 */
public final class DocumentsFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Workstation workstation;
    private final Database database;
    private final Stores stores;
    private final Path templates;
    private DocumentService service;

    private DocumentsFixture(Workstation workstation, Database database, Path templates) {
        this.workstation = workstation;
        this.database = database;
        this.stores = Stores.over(database);
        this.templates = templates;
    }

    /** Opens the data directory, loads the demo township and builds the service with the repository's templates. */
    public static DocumentsFixture open(Path dataDirectory) {
        return open(dataDirectory, templatesDirectory());
    }

    /** The same with templates from a given directory first (then the repository's, then the classpath). */
    public static DocumentsFixture open(Path dataDirectory, Path templates) {
        Workstation ws = Workstation.open(dataDirectory);
        ws.demoLoader().load();
        return new DocumentsFixture(ws, Database.open(dataDirectory), templates);
    }

    /** A second service on the same database with another template folder searched first. */
    public DocumentService serviceWithTemplates(Path templates) {
        return new DocumentService(stores, new ContentStore(workstation.dataDirectory()), WorkstationSettings::defaults,
                TemplateIndex.load(List.of(templates, templatesDirectory())), new DocxPdfRenderer(new PdfFonts(false)), CLOCK);
    }

    public static Path repoRoot() {
        String configured = System.getProperty("zhifa.repo.root");
        return (configured == null || configured.isBlank() ? Path.of("") : Path.of(configured)).toAbsolutePath();
    }

    public static Path templatesDirectory() {
        return repoRoot().resolve("templates");
    }

    /** The service (templates read on first use). */
    public synchronized DocumentService service() {
        if (service == null) {
            service = serviceWithTemplates(templates);
        }
        return service;
    }

    public Stores stores() {
        return stores;
    }

    public Database database() {
        return database;
    }

    public Workstation workstation() {
        return workstation;
    }

    @Override
    public void close() {
        database.close();
        workstation.close();
    }
}
