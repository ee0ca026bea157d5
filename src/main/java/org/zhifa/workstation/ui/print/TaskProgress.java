package org.zhifa.workstation.ui.print;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.task.BackgroundJob;

/**
 * The state of a long piece of work for a progress bar: running or not, how far (-1 while the length is unknown),
 * what it is doing, and a cancel. The properties change on the JavaFX thread only; the printing thread reports
 * through {@link #asPrintProgress}, which hands each update to the UI thread.
 */
public final class TaskProgress {
    /** The value of {@link #progressProperty()} while the length of the work is unknown. */
    public static final double UNKNOWN = -1;

    private final SimpleBooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    private volatile boolean cancelRequested;
    private BackgroundJob job = BackgroundJob.done();

    /** Starts a piece of work of unknown length. */
    void start(String text) {
        cancelRequested = false;
        running.set(true);
        progress.set(UNKNOWN);
        message.set(text);
    }

    /** The job to stop on {@link #cancel()}. */
    void attach(BackgroundJob backgroundJob) {
        this.job = backgroundJob;
    }

    void step(double fraction, String text) {
        if (running.get()) {
            progress.set(fraction);
            message.set(text);
        }
    }

    void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Stops the work: its result is dropped, a print under way is cancelled at the next page. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelRequested = true;
        job.cancel();
        finish(Texts.tr("print.cancelled"));
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** The printer's view of this progress; updates go through {@code uiThread}. */
    PrintProgress asPrintProgress(Executor uiThread) {
        return new PrintProgress() {
            @Override
            public void printing(int page, int pages) {
                uiThread.execute(() -> step((double) page / pages, Texts.tr("print.progress.page", page, pages)));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the work is doing, or how it ended (empty before the first run). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
