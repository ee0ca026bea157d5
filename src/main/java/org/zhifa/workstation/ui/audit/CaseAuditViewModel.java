package org.zhifa.workstation.ui.audit;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.AuditResult;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * 案卷评查 of one case: runs the audit in the background and holds the result — score, 合格 / 不合格, the findings with
 * veto findings first, each with its item, place and deduction — and exports the per-case report (PDF).
 */
public final class CaseAuditViewModel {
    private final CaseFileAuditService audit;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final FileExport export;
    private final ObjectProperty<AuditResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>(this, "lastExport");
    private BackgroundJob job = BackgroundJob.done();

    public CaseAuditViewModel(CaseFileAuditService audit, BackgroundExecutor executor, FailureReporter failures,
                              FileExport export) {
        this.audit = Objects.requireNonNull(audit);
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.export = Objects.requireNonNull(export);
    }

    /** Audits the case file as it stands today. */
    public void run(String caseNo) {
        job.cancel();
        running.set(true);
        job = executor.submit(() -> audit.audit(caseNo), r -> {
            result.set(r);
            // veto findings first (the service orders them so; kept explicit for the screen)
            findings.setAll(r.vetoFindings());
            findings.addAll(r.scoredFindings());
            running.set(false);
        }, failure -> {
            running.set(false);
            failures.report(Texts.tr("auditView.error.run", caseNo), failure);
        });
    }

    /** 导出评查报告: the PDF of the result shown. */
    public void exportPdf() {
        AuditResult r = result.get();
        if (r == null) {
            return;
        }
        export.save(Texts.tr("auditView.export.title"), FileExport.fileName(Texts.tr("auditView.export.fileName", r.caseNo())),
                Texts.tr("auditView.export.kind"), "pdf", () -> audit.reportPdf(r), lastExport::set);
    }

    /** "96 分 · 合格" / "不合格（否决项）". */
    public String verdict() {
        AuditResult r = result.get();
        if (r == null) {
            return "";
        }
        String verdict = Texts.tr(r.passed() ? "auditView.passed" : r.vetoed() ? "auditView.vetoed" : "auditView.failed");
        return Texts.tr("auditView.verdict", r.score().stripTrailingZeros().toPlainString(), verdict,
                r.passMark().stripTrailingZeros().toPlainString());
    }

    /** The deduction as shown: "否决" for a veto finding, "-3" otherwise. */
    public static String deduction(Finding f) {
        return f.veto() ? Texts.tr("auditView.veto") : "-" + f.deduction().stripTrailingZeros().toPlainString();
    }

    public ReadOnlyObjectProperty<AuditResult> resultProperty() {
        return result;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }

    public void dispose() {
        job.cancel();
    }
}
