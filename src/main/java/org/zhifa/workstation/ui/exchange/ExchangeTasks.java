package org.zhifa.workstation.ui.exchange;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.zhifa.workstation.cases.security.AccessDeniedException;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ExchangeException;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * Runs exchange work in the background for the exchange screens: a refused bundle or a refused step is shown with
 * its Chinese reasons (nothing was changed); anything else goes to the failure reporter.
 */
public final class ExchangeTasks {
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final FailureReporter failures;

    public ExchangeTasks(BackgroundExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.failures = new FailureReporter(dialogs);
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Runs {@code work}; on a refusal shows {@code failedTitle} with the reasons. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, String failedTitle) {
        executor.submit(work, onSuccess, failure -> {
            Optional<String> message = userMessage(failure);
            if (message.isPresent()) {
                dialogs.showError(failedTitle, message.get());
            } else {
                failures.report(failedTitle, failure);
            }
        });
    }

    /** The Chinese message of a refusal the user can act on; empty for a fault of the program. */
    public static Optional<String> userMessage(Throwable failure) {
        if (failure instanceof BundleRejectedException e) {
            return Optional.of(Texts.tr("ui.exchange.rejected", String.join("\n", e.reasons())));
        }
        if (failure instanceof ExchangeException || failure instanceof AccessDeniedException) {
            return Optional.ofNullable(failure.getMessage());
        }
        return Optional.empty();
    }
}
