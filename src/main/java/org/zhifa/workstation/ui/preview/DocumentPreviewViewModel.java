package org.zhifa.workstation.ui.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.zhifa.workstation.cases.FileWrites;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.RenderedDocument;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.print.DocumentPrinting;
import org.zhifa.workstation.ui.print.TaskProgress;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;

/**
 * The preview of one document of a case: the PDF is produced in the background (with its 文号, as the engine gives
 * it), then 保存为PDF saves exactly the PDF shown, 保存为Word the filled template, 打印 sends the PDF to the printer.
 * A document that cannot be produced (a missing field, a step not taken) is reported with the engine's Chinese
 * message; nothing is saved or printed then.
 */
public final class DocumentPreviewViewModel {
    private final DocumentService documents;
    private final DocumentPrinting printing;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final SimpleObjectProperty<RenderedDocument> rendered = new SimpleObjectProperty<>(this, "rendered");
    private final SimpleStringProperty title = new SimpleStringProperty(this, "title", "");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final SimpleStringProperty status = new SimpleStringProperty(this, "status", "");
    private final TaskProgress progress = new TaskProgress();
    private String caseNo;
    private DocumentInstance document;
    private BackgroundJob job = BackgroundJob.done();
    private long generation;

    public DocumentPreviewViewModel(DocumentService documents, DocumentPrinting printing, BackgroundExecutor executor,
                                    DialogService dialogs) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.printing = Objects.requireNonNull(printing, "printing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Produces the document's PDF for the preview. */
    public void open(String caseNumber, DocumentInstance instance) {
        this.caseNo = Objects.requireNonNull(caseNumber, "caseNumber");
        this.document = Objects.requireNonNull(instance, "instance");
        long gen = ++generation;
        job.cancel();
        rendered.set(null);
        problem.set("");
        status.set("");
        title.set(titleOf(instance));
        loading.set(true);
        job = executor.submit(() -> documents.render(caseNumber, instance.type(), instance.occurrence(), DocumentFormat.PDF),
                pdf -> {
                    if (gen == generation) {
                        loading.set(false);
                        title.set(pdf.number() == null ? pdf.title() : Texts.tr("preview.titleWithNumber", pdf.title(), pdf.number()));
                        rendered.set(pdf);
                    }
                }, failure -> {
                    if (gen == generation) {
                        loading.set(false);
                        problem.set(failure instanceof DocumentException ? failure.getMessage() : Texts.tr("preview.error.produce"));
                        DocumentPrinting.report(dialogs, Texts.tr("preview.error.title", titleOf(instance)), failure);
                    }
                });
    }

    private static String titleOf(DocumentInstance instance) {
        return instance.title() != null ? instance.title() : instance.type().title();
    }

    /** Asks where to save, then writes the PDF shown or the Word document of the same document. */
    public void save(DocumentFormat format) {
        RenderedDocument pdf = rendered.get();
        if (pdf == null) {
            return;
        }
        String kind = Texts.tr(format == DocumentFormat.PDF ? "preview.save.kindPdf" : "preview.save.kindWord");
        Optional<Path> target = dialogs.chooseSaveFile(Texts.tr("preview.save.title", kind),
                fileName(caseNo, pdf.title(), format), kind, format.extension());
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        String number = caseNo;
        DocumentInstance instance = document;
        status.set(Texts.tr("preview.save.saving", file.getFileName()));
        executor.submit(() -> {
            byte[] bytes = format == DocumentFormat.PDF ? pdf.bytes()
                    : documents.render(number, instance.type(), instance.occurrence(), DocumentFormat.DOCX).bytes();
            write(file, bytes);
            return file;
        }, saved -> status.set(Texts.tr("preview.save.saved", saved.toAbsolutePath())), failure -> {
            status.set("");
            DocumentPrinting.report(dialogs, Texts.tr("preview.save.failedTitle"), failure);
        });
    }

    /** Prints the PDF shown through the printer (the system print dialog first). */
    public void print() {
        RenderedDocument pdf = rendered.get();
        if (pdf == null) {
            return;
        }
        printing.print(Texts.tr("print.jobName", caseNo, pdf.title()), Texts.tr("print.progress.preparing", pdf.title()),
                pdf::bytes, progress, outcome -> { });
    }

    /** Stops work under way; a result that arrives later is dropped. */
    public void close() {
        generation++;
        job.cancel();
        progress.cancel();
    }

    /** "BD-2025-0008-行政处罚决定书.pdf", without characters a file name cannot hold. */
    static String fileName(String caseNo, String title, DocumentFormat format) {
        String name = (caseNo + "-" + title).replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return name + "." + format.extension();
    }

    /** Writes through a temporary file next to the target, so a failed write leaves any earlier file whole. */
    private static void write(Path file, byte[] bytes) {
        try {
            FileWrites.replace(file, bytes);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.OUTPUT,
                    Texts.tr("preview.save.writeFailed", file.toAbsolutePath(), String.valueOf(e.getMessage())), e);
        }
    }

    /** The produced PDF (null while it is produced, or when it could not be). */
    public ReadOnlyObjectProperty<RenderedDocument> renderedProperty() {
        return rendered;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the document could not be produced (empty when it could). */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Where the document was saved, or that it is being saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The printing of the document. */
    public TaskProgress progress() {
        return progress;
    }

    public BackgroundExecutor executor() {
        return executor;
    }
}
