package org.zhifa.workstation.ui.exchange.submissions;

import java.nio.file.Path;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.township.TownshipExchange.ReviewTask;
import org.zhifa.workstation.exchange.township.TownshipExchange.Submission;
import org.zhifa.workstation.ui.exchange.ExchangeTasks;

/**
 * 报送记录 on the township: the submissions waiting for their review result (撤回 unlocks the case), 导入审核结果,
 * and the tasks the latest 补正 / 不同意 opinions left.
 */
public final class SubmissionsViewModel {
    private final ExchangeServices exchange;
    private final Session session;
    private final ExchangeTasks tasks;
    private final ObservableList<Submission> pending = FXCollections.observableArrayList();
    private final ObservableList<ReviewTask> reviewTasks = FXCollections.observableArrayList();

    public SubmissionsViewModel(ExchangeServices exchange, Session session, ExchangeTasks tasks) {
        this.exchange = Objects.requireNonNull(exchange);
        this.session = Objects.requireNonNull(session);
        this.tasks = Objects.requireNonNull(tasks);
    }

    private record Loaded(java.util.List<Submission> pending, java.util.List<ReviewTask> tasks) { }

    public void refresh() {
        tasks.run(() -> new Loaded(exchange.township().pendingSubmissions(), exchange.township().openReviewTasks()),
                loaded -> {
                    pending.setAll(loaded.pending());
                    reviewTasks.setAll(loaded.tasks());
                }, Texts.tr("ui.submissions.loadFailed"));
    }

    /** 撤回 after the user confirmed: the case is unlocked; a result that still arrives is refused. */
    public void withdraw(Submission s) {
        if (!tasks.dialogs().confirm(Texts.tr("ui.submissions.withdrawTitle"),
                Texts.tr("ui.submissions.withdrawQuestion", s.caseNo()))) {
            return;
        }
        tasks.run(() -> exchange.township().withdraw(s.caseNo(), Texts.tr("ui.submissions.withdrawReason"), session),
                done -> {
                    tasks.dialogs().showInfo(Texts.tr("ui.submissions.withdrawn"),
                            Texts.tr("ui.submissions.withdrawnText", done.caseNo()));
                    refresh();
                }, Texts.tr("ui.submissions.withdrawRefused", s.caseNo()));
    }

    public void chooseAndImportResult() {
        tasks.dialogs().chooseFile(Texts.tr("ui.submissions.chooseResult"), "*.zip").ifPresent(this::importResult);
    }

    public void importResult(Path file) {
        tasks.run(() -> exchange.importBundle(file, session), imported -> {
            tasks.dialogs().showInfo(Texts.tr("ui.submissions.imported"), String.join("\n", imported.messages()));
            refresh();
        }, Texts.tr("ui.submissions.importRefused", file.getFileName()));
    }

    /** 报送审核 of one case: the case bundle written to a file the user chooses. */
    public void chooseAndSubmit(String caseNo) {
        tasks.dialogs().chooseSaveFile(Texts.tr("ui.submissions.submitTitle"),
                Texts.tr("ui.submissions.fileName", caseNo.replaceAll("[\\\\/:*?\"<>|]", "_")))
                .ifPresent(out -> submit(caseNo, out));
    }

    public void submit(String caseNo, Path out) {
        tasks.run(() -> exchange.township().submitCase(caseNo, session, out, null, false), done -> {
            StringBuilder text = new StringBuilder(Texts.tr("ui.submissions.submittedText", caseNo, done.bundle().file()));
            done.auditWarnings().forEach(w -> text.append('\n').append(w));
            tasks.dialogs().showInfo(Texts.tr("ui.submissions.submitted"), text.toString());
            refresh();
        }, Texts.tr("ui.submissions.submitRefused", caseNo));
    }

    public ObservableList<Submission> pending() {
        return pending;
    }

    public ObservableList<ReviewTask> reviewTasks() {
        return reviewTasks;
    }
}
