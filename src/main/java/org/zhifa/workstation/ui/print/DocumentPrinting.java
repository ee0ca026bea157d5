package org.zhifa.workstation.ui.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.task.BackgroundExecutor;

/**
 * Prints a document for a screen: the PDF is produced and printed in the background, the progress and the outcome
 * show in a {@link TaskProgress}; a document that cannot be produced, or a printer that fails, is reported in
 * Chinese through the {@link DialogService}.
 */
public final class DocumentPrinting {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinting.class);

    private final DocumentPrinter printer;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Executor uiThread;

    /**
     * @param uiThread runs progress updates from the printing thread on the JavaFX thread ({@code Platform::runLater};
     *                 {@code Runnable::run} in tests with the synchronous executor)
     */
    public DocumentPrinting(DocumentPrinter printer, BackgroundExecutor executor, DialogService dialogs,
                            Executor uiThread) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /**
     * Produces the PDF ({@code preparing} shows meanwhile), opens the print dialog and prints.
     *
     * @param jobName the job's name in the printer queue
     * @param done    called with the outcome once printed or cancelled in the dialog (not after a failure or
     *                {@link TaskProgress#cancel()})
     */
    public void print(String jobName, String preparing, Callable<byte[]> pdf, TaskProgress progress,
                      Consumer<PrintOutcome> done) {
        if (progress.runningProperty().get()) {
            return;
        }
        progress.start(preparing);
        PrintProgress pages = progress.asPrintProgress(uiThread);
        progress.attach(executor.submit(() -> {
            byte[] bytes = pdf.call();
            if (pages.cancelled()) {
                return PrintOutcome.cancelled();
            }
            uiThread.execute(() -> progress.step(TaskProgress.UNKNOWN, Texts.tr("print.progress.dialog")));
            return printer.print(new PrintRequest(jobName, bytes, pages));
        }, outcome -> {
            progress.finish(outcome.printed() ? Texts.tr("print.done", jobName, outcome.pages())
                    : Texts.tr("print.cancelled"));
            done.accept(outcome);
        }, failure -> {
            progress.finish(Texts.tr("print.notPrinted"));
            report(dialogs, Texts.tr("print.error.title"), failure);
        }));
    }

    /** One document of a batch: its title for the progress line, and how to produce its PDF. */
    public record Part(String title, Callable<byte[]> pdf) {
    }

    /**
     * Produces the documents one after the other (progress: document i of N, 取消 between two), then prints them
     * as one job, in order.
     */
    public void printAll(String jobName, List<Part> parts, TaskProgress progress, Consumer<PrintOutcome> done) {
        if (parts.isEmpty()) {
            return;
        }
        print(jobName, Texts.tr("print.progress.batch", 1, parts.size(), parts.getFirst().title()), () -> {
            List<byte[]> pdfs = new ArrayList<>();
            for (int i = 0; i < parts.size() && !progress.cancelRequested(); i++) {
                double fraction = (double) i / parts.size();
                String text = Texts.tr("print.progress.batch", i + 1, parts.size(), parts.get(i).title());
                uiThread.execute(() -> progress.step(fraction, text));
                pdfs.add(parts.get(i).pdf().call());
            }
            return progress.cancelRequested() ? new byte[0] : PdfMerge.merge(pdfs);
        }, progress, done);
    }

    /**
     * Shows why a document could not be produced, saved or printed: the Chinese message of a
     * {@link DocumentException} or {@link PrintFailedException} as it is; anything else as a calm sentence, with the
     * detail in the log.
     */
    public static void report(DialogService dialogs, String title, Throwable failure) {
        if (failure instanceof DocumentException || failure instanceof PrintFailedException) {
            dialogs.showError(title, failure.getMessage());
        } else {
            LOG.error("{}", title, failure);
            dialogs.showError(title, Texts.tr("print.error.unexpected"));
        }
    }
}
