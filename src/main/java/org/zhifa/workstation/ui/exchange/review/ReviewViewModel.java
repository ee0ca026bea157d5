package org.zhifa.workstation.ui.exchange.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.bundle.BundleLayout;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.county.ReviewQueueService.BundledDocument;
import org.zhifa.workstation.exchange.county.ReviewQueueService.BundledFile;
import org.zhifa.workstation.exchange.county.ReviewQueueService.ReviewItem;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.ui.exchange.ExchangeTasks;

/**
 * The review screen of one queue item (read-only case, documents, evidence, automatic checks, changes since the
 * previous version) and the opinion form: conclusion, numbered points, legal basis; 生成意见书并导出 writes the
 * signed review result to a file the user chooses.
 */
public final class ReviewViewModel {
    /** One evidence file: its title from the case, and the file. */
    public record EvidenceEntry(String title, String mediaType, Optional<Path> file) {
        public boolean image() {
            return mediaType != null && mediaType.startsWith("image/");
        }
    }

    private final ExchangeServices exchange;
    private final Session session;
    private final ExchangeTasks tasks;
    private final DocumentViewer viewer;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<ReviewItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ObjectProperty<ReviewConclusion> conclusion = new SimpleObjectProperty<>(this, "conclusion");
    private final ObservableList<StringProperty> points = FXCollections.observableArrayList();
    private final StringProperty legalBasis = new SimpleStringProperty(this, "legalBasis", "");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");

    public ReviewViewModel(ExchangeServices exchange, Session session, ExchangeTasks tasks, DocumentViewer viewer,
                           Supplier<LocalDate> today) {
        this.exchange = Objects.requireNonNull(exchange);
        this.session = Objects.requireNonNull(session);
        this.tasks = Objects.requireNonNull(tasks);
        this.viewer = Objects.requireNonNull(viewer);
        this.today = Objects.requireNonNull(today);
    }

    /** Opens the queue item; the form starts empty with one point (reopening the same item keeps it). */
    public void open(long id) {
        tasks.run(() -> exchange.county().open(id, today.get()), opened -> {
            boolean same = item.get() != null && item.get().item().id() == id;
            if (!same) {
                conclusion.set(null);
                points.setAll(new SimpleStringProperty(""));
                legalBasis.set("");
                written.set(null);
            }
            item.set(opened);
        }, Texts.tr("ui.review.openRefused"));
    }

    public void addPoint() {
        points.add(new SimpleStringProperty(""));
    }

    public void removePoint(int index) {
        if (index >= 0 && index < points.size()) {
            points.remove(index);
        }
    }

    /** Why the opinion cannot be written yet, or empty. */
    public Optional<String> problem() {
        ReviewItem i = item.get();
        if (i == null) {
            return Optional.of(Texts.tr("ui.review.notOpen"));
        }
        if (i.item().status() != ReviewQueueService.QueueStatus.PENDING) {
            return Optional.of(Texts.tr("ui.review.notPending", ReviewQueueService.label(i.item().status())));
        }
        if (conclusion.get() == null) {
            return Optional.of(Texts.tr("ui.review.chooseConclusion"));
        }
        if (conclusion.get() != ReviewConclusion.APPROVE && pointTexts().isEmpty()) {
            return Optional.of(Texts.tr("ui.review.needPoints", Texts.label(conclusion.get())));
        }
        return Optional.empty();
    }

    /** 生成意见书并导出: asks where to save, then writes the signed review result there. */
    public void chooseAndWriteOpinion() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            tasks.dialogs().showError(Texts.tr("ui.review.cannotWrite"), problem.get());
            return;
        }
        ReviewItem i = item.get();
        tasks.dialogs().chooseSaveFile(Texts.tr("ui.review.saveTitle"),
                Texts.tr("ui.review.fileName", i.item().caseNo().replaceAll("[\\\\/:*?\"<>|]", "_"))).ifPresent(this::writeOpinion);
    }

    public void writeOpinion(Path out) {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            tasks.dialogs().showError(Texts.tr("ui.review.cannotWrite"), problem.get());
            return;
        }
        long id = item.get().item().id();
        ReviewQueueService.OpinionInput input = new ReviewQueueService.OpinionInput(conclusion.get(), pointTexts(),
                legalBasis.get(), null, today.get());
        tasks.run(() -> exchange.county().writeOpinion(id, input, session, out), done -> {
            written.set(done.bundle().file());
            tasks.dialogs().showInfo(Texts.tr("ui.review.written"), Texts.tr("ui.review.writtenText",
                    Texts.label(done.opinion().conclusion()), done.item().caseNo(), done.bundle().file()));
            open(id);
        }, Texts.tr("ui.review.writeRefused"));
    }

    public void show(BundledDocument d) {
        d.file().ifPresent(f -> viewer.show(f, d.mediaType()));
    }

    public void show(EvidenceEntry e) {
        e.file().ifPresent(f -> viewer.show(f, e.mediaType()));
    }

    /** The non-blank points, in order. */
    public List<String> pointTexts() {
        return points.stream().map(StringProperty::get).filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    }

    /** The actions as a timeline: "2026-11-20 立案 （O03）". */
    public List<String> timeline() {
        ReviewItem i = item.get();
        return i == null ? List.of() : i.record().actions().stream().map(ReviewViewModel::describe).toList();
    }

    /** What changed since the previous version (a resubmission); empty for a first submission. */
    public List<String> changes() {
        ReviewItem i = item.get();
        if (i == null || i.changes().isEmpty()) {
            return List.of();
        }
        ReviewQueueService.ActionDiff d = i.changes().get();
        List<String> lines = new ArrayList<>();
        d.added().forEach(a -> lines.add(Texts.tr("ui.review.added", describe(a))));
        d.removed().forEach(a -> lines.add(Texts.tr("ui.review.removed", describe(a))));
        if (d.headerChanged()) {
            lines.add(Texts.tr("ui.review.headerChanged"));
        }
        if (lines.isEmpty()) {
            lines.add(Texts.tr("ui.review.noChanges"));
        }
        return lines;
    }

    /** The automatic checks: the audit's score and findings, then the procedure checks of the replay. */
    public List<String> findings() {
        ReviewItem i = item.get();
        if (i == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        i.audit().ifPresent(a -> {
            lines.add(Texts.tr("ui.review.auditScore", a.score().stripTrailingZeros().toPlainString(),
                    a.passed() ? Texts.tr("ui.review.passed") : Texts.tr("ui.review.failed")));
            for (Finding f : a.findings()) {
                lines.add((f.veto() ? Texts.tr("ui.review.veto") : "") + Texts.tr("ui.review.finding", f.itemId(),
                        f.place(), f.message()));
            }
            a.skipped().forEach(s -> lines.add(Texts.tr("ui.review.skipped", s)));
        });
        for (Violation v : i.findings()) {
            lines.add(v.describe());
        }
        if (lines.isEmpty()) {
            lines.add(Texts.tr("ui.review.noFindings"));
        }
        return lines;
    }

    /** The evidence files with their titles from the case's EVIDENCE_ADDED actions. */
    public List<EvidenceEntry> evidence() {
        ReviewItem i = item.get();
        if (i == null) {
            return List.of();
        }
        List<EvidenceEntry> out = new ArrayList<>();
        for (BundledFile f : i.files()) {
            if (!f.path().startsWith(BundleLayout.EVIDENCE)) {
                continue;
            }
            String title = i.record().all(AddEvidence.class).stream().filter(a -> f.sha256().equals(a.sha256()))
                    .map(a -> a.fileName() == null ? a.title() : a.title() + "（" + a.fileName() + "）")
                    .findFirst().orElse(Texts.tr("ui.review.evidenceFile", f.sha256().substring(0, 12)));
            out.add(new EvidenceEntry(title, f.mediaType(), f.file()));
        }
        return out;
    }

    static String describe(CaseAction a) {
        return Texts.tr("ui.review.action", a.date(), Texts.label(a.type()), a.actor() == null ? "" : a.actor());
    }

    public ReadOnlyObjectProperty<ReviewItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ObjectProperty<ReviewConclusion> conclusionProperty() {
        return conclusion;
    }

    public ObservableList<StringProperty> points() {
        return points;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
