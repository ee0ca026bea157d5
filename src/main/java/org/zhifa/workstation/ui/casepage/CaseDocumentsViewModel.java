package org.zhifa.workstation.ui.casepage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.preview.DocumentPreviewViewModel;
import org.zhifa.workstation.ui.print.DocumentPrinting;
import org.zhifa.workstation.ui.print.DocumentPrinting.Part;
import org.zhifa.workstation.ui.print.PrintOutcome;
import org.zhifa.workstation.ui.print.TaskProgress;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;

/**
 * The 文书 of the open case: the documents it can produce at its stage (DocumentService.available), each to preview
 * or print, 打印所选 — the ticked ones as one job —, and 打印卷宗 — the whole 卷宗 built and printed in one go. Long
 * work shows its progress with 取消. One print at a time.
 */
public final class CaseDocumentsViewModel {
    private final DocumentService documents;
    private final DocumentPrinting printing;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<DocumentInstance> available = FXCollections.observableArrayList();
    private final ObservableSet<DocumentInstance> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final TaskProgress progress = new TaskProgress();
    private String caseNo;
    private BackgroundJob loadJob = BackgroundJob.done();
    private long generation;

    public CaseDocumentsViewModel(DocumentService documents, DocumentPrinting printing, BackgroundExecutor executor,
                                  DialogService dialogs) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.printing = Objects.requireNonNull(printing, "printing");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Lists the documents of the case (again, after a step). */
    public void load(String caseNumber) {
        boolean otherCase = !caseNumber.equals(caseNo);
        caseNo = caseNumber;
        long gen = ++generation;
        loadJob.cancel();
        if (otherCase) {
            available.clear();
            selected.clear();
        }
        loading.set(true);
        loadJob = executor.submit(() -> documents.available(caseNumber), list -> {
            if (gen == generation) {
                loading.set(false);
                available.setAll(list);
                selected.retainAll(list);
            }
        }, failure -> {
            if (gen == generation) {
                loading.set(false);
                DocumentPrinting.report(dialogs, Texts.tr("caseDocs.error.list", caseNumber), failure);
            }
        });
    }

    /** A preview of the document, producing it now. */
    public DocumentPreviewViewModel preview(DocumentInstance document) {
        DocumentPreviewViewModel preview = new DocumentPreviewViewModel(documents, printing, executor, dialogs);
        preview.open(caseNo, document);
        return preview;
    }

    /** Prints the document directly (the system print dialog, no preview). */
    public void print(DocumentInstance document) {
        print(titleOf(document), document.type(), document.occurrence());
    }

    /** Prints the case's latest document of the type (the 当场行政处罚决定书 right after the on-site decision). */
    public void print(DocumentType type) {
        print(type.title(), type, null);
    }

    private void print(String title, DocumentType type, Integer occurrence) {
        String number = caseNo;
        printing.print(Texts.tr("print.jobName", number, title), Texts.tr("print.progress.preparing", title),
                () -> pdf(number, type, occurrence), progress, outcome -> { });
    }

    /** Prints the ticked documents, in the order of the case, as one job (e.g. a decision with its 送达回证). */
    public void printSelected() {
        String number = caseNo;
        List<Part> parts = available.stream().filter(selected::contains)
                .map(d -> new Part(titleOf(d), () -> pdf(number, d.type(), d.occurrence()))).toList();
        printing.printAll(Texts.tr("print.batchJob", number, parts.size()), parts, progress, outcome -> { });
    }

    private byte[] pdf(String number, DocumentType type, Integer occurrence) {
        return documents.render(number, type, occurrence, DocumentFormat.PDF).bytes();
    }

    private static String titleOf(DocumentInstance document) {
        return document.title() != null ? document.title() : document.type().title();
    }

    /** Builds the whole 卷宗 and prints it in one go. */
    public void printCaseFile(Consumer<PrintOutcome> done) {
        String number = caseNo;
        printing.print(Texts.tr("print.caseFileJob", number), Texts.tr("print.progress.caseFile", number),
                () -> documents.caseFile(number).pdf(), progress, done);
    }

    public ObservableList<DocumentInstance> available() {
        return available;
    }

    /** The documents ticked for 打印所选. */
    public ObservableSet<DocumentInstance> selected() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The print under way from the case page (a document or the 卷宗). */
    public TaskProgress progress() {
        return progress;
    }

    public String caseNo() {
        return caseNo;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public void dispose() {
        loadJob.cancel();
        progress.cancel();
    }
}
