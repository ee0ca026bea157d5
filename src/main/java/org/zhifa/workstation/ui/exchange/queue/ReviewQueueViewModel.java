package org.zhifa.workstation.ui.exchange.queue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueItem;
import org.zhifa.workstation.ui.exchange.ExchangeTasks;

/**
 * 审核队列: the case bundles received from the townships, pending first with the lowest audit score first;
 * 导入报送件 takes one file or every bundle of a folder. A refused bundle is reported with its reasons and changes
 * nothing.
 */
public final class ReviewQueueViewModel {
    private final ExchangeServices exchange;
    private final Session session;
    private final ExchangeTasks tasks;
    private final Supplier<LocalDate> today;
    private final Supplier<Integer> reviewDays;
    private final ObservableList<QueueItem> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public ReviewQueueViewModel(ExchangeServices exchange, Session session, ExchangeTasks tasks, Supplier<LocalDate> today,
                                Supplier<Integer> reviewDays) {
        this.exchange = Objects.requireNonNull(exchange);
        this.session = Objects.requireNonNull(session);
        this.tasks = Objects.requireNonNull(tasks);
        this.today = Objects.requireNonNull(today);
        this.reviewDays = Objects.requireNonNull(reviewDays);
    }

    public void refresh() {
        LocalDate day = today.get();
        tasks.run(() -> exchange.county().queueByScore(day), items -> {
            rows.setAll(items);
            long pending = items.stream().filter(i -> i.status() == org.zhifa.workstation.exchange.county
                    .ReviewQueueService.QueueStatus.PENDING).count();
            long overdue = items.stream().filter(QueueItem::overdue).count();
            status.set(Texts.tr("ui.queue.summary", pending, overdue, reviewDays.get()));
        }, Texts.tr("ui.queue.loadFailed"));
    }

    /** 导入报送件 → one file chosen by the user. */
    public void chooseAndImportFile() {
        tasks.dialogs().chooseFile(Texts.tr("ui.queue.chooseFile"), "*.zip").ifPresent(this::importFile);
    }

    /** 导入文件夹 → every bundle of a folder chosen by the user. */
    public void chooseAndImportFolder() {
        tasks.dialogs().chooseFolder(Texts.tr("ui.queue.chooseFolder")).ifPresent(this::importFolder);
    }

    public void importFile(Path file) {
        tasks.run(() -> exchange.importBundle(file, session), imported -> {
            tasks.dialogs().showInfo(Texts.tr("ui.queue.imported"), String.join("\n", imported.messages()));
            refresh();
        }, Texts.tr("ui.queue.importRefused", file.getFileName()));
    }

    public void importFolder(Path folder) {
        tasks.run(() -> exchange.importFolder(folder, session), entries -> {
            List<String> refused = new ArrayList<>();
            int imported = 0;
            for (ExchangeServices.FolderEntry e : entries) {
                if (e.imported().isPresent()) {
                    imported++;
                } else {
                    e.rejected().ifPresent(r -> refused.add(Texts.tr("ui.queue.refusedFile", e.file().getFileName(),
                            String.join("；", r.reasons()))));
                }
            }
            String summary = Texts.tr("ui.queue.folderSummary", imported, refused.size());
            if (refused.isEmpty()) {
                tasks.dialogs().showInfo(Texts.tr("ui.queue.imported"), summary);
            } else {
                tasks.dialogs().showError(Texts.tr("ui.queue.someRefused"), summary + "\n" + String.join("\n", refused));
            }
            refresh();
        }, Texts.tr("ui.queue.importRefused", folder.getFileName()));
    }

    public ObservableList<QueueItem> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The township as the list shows it. */
    public static String township(QueueItem i) {
        return i.sourceName() == null ? i.sourceAuthority() : i.sourceName();
    }

    /** The score as the list shows it: "86.5", "否决" marked, "—" when not audited. */
    public static String score(QueueItem i) {
        if (i.auditScore() == null) {
            return Texts.tr("ui.queue.notAudited");
        }
        String score = i.auditScore().stripTrailingZeros().toPlainString();
        return i.auditVetoed() ? Texts.tr("ui.queue.vetoed", score) : score;
    }
}
