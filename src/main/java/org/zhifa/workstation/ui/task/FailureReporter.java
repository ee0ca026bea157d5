package org.zhifa.workstation.ui.task;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;

/**
 * Turns a failed background job into a calm Chinese message for the user; the technical detail
 * goes to the log, never to the screen.
 */
public final class FailureReporter {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);

    private final DialogService dialogs;

    public FailureReporter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** A failure callback that shows {@code userMessage} (already translated) in an error dialog. */
    public Consumer<Throwable> showing(String userMessage) {
        return failure -> report(userMessage, failure);
    }

    public void report(String userMessage, Throwable failure) {
        LOG.error("{}", userMessage, failure);
        dialogs.showError(Texts.tr("ui.error.title"), userMessage + "\n\n" + Texts.tr("ui.error.hint"));
    }
}
