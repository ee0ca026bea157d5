package org.zhifa.workstation.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.AuditResult;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.ui.common.Tables;

/**
 * 案卷评查 of the open case, shown over the case page: the score and 合格 / 不合格, the findings (veto findings first,
 * in red) with rubric item, place, what is wrong and the deduction, the checks that could not run, 导出评查报告 and 关闭.
 */
public final class CaseAuditView extends VBox {

    public CaseAuditView(CaseAuditViewModel vm, String caseNo, Runnable onClose) {
        super(10);
        setId("caseAuditView");
        getStyleClass().add("form-panel");
        setPadding(new Insets(16));
        setMaxWidth(900);

        Label title = new Label(Texts.tr("auditView.title", caseNo));
        title.getStyleClass().add("page-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.runningProperty());
        Button again = new Button(Texts.tr("auditView.again"));
        again.setId("auditAgain");
        again.setOnAction(e -> vm.run(caseNo));
        Button export = new Button(Texts.tr("auditView.export.button"));
        export.setId("auditExportPdf");
        export.getStyleClass().add("primary-button");
        export.disableProperty().bind(vm.resultProperty().isNull().or(vm.runningProperty()));
        export.setOnAction(e -> vm.exportPdf());
        Button close = new Button(Texts.tr("auditView.close"));
        close.setId("auditClose");
        close.setOnAction(e -> {
            vm.dispose();
            onClose.run();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, title, grow, busy, again, export, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label verdict = new Label();
        verdict.setId("auditVerdict");
        verdict.getStyleClass().add("section-title");
        verdict.textProperty().bind(Bindings.createStringBinding(vm::verdict, vm.resultProperty()));
        Label rubric = new Label();
        rubric.setId("auditRubric");
        rubric.setWrapText(true);
        rubric.textProperty().bind(Bindings.createStringBinding(() -> rubricLine(vm.resultProperty().get()),
                vm.resultProperty()));

        TableView<Finding> table = new TableView<>(vm.findings());
        table.setId("auditFindings");
        table.setPlaceholder(new Label(Texts.tr("auditView.noFindings")));
        table.getColumns().add(Tables.text(Texts.tr("auditView.col.item"), f -> f.itemId() + " " + f.category(), 110));
        table.getColumns().add(Tables.text(Texts.tr("auditView.col.deduction"), CaseAuditViewModel::deduction, 50));
        table.getColumns().add(Tables.text(Texts.tr("auditView.col.place"), Finding::place, 180));
        // the last column takes the room left: what is wrong, in full where it fits
        table.getColumns().add(Tables.text(Texts.tr("auditView.col.message"), Finding::message, 420));
        Tables.markRows(table, Finding::veto, "todo-overdue");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label skipped = new Label();
        skipped.setId("auditSkipped");
        skipped.setWrapText(true);
        skipped.textProperty().bind(Bindings.createStringBinding(() -> skippedLine(vm.resultProperty().get()),
                vm.resultProperty()));

        getChildren().addAll(top, verdict, rubric, table, skipped);
        vm.run(caseNo);
    }

    private static String rubricLine(AuditResult r) {
        if (r == null) {
            return Texts.tr("auditView.running");
        }
        return Texts.tr("auditView.rubric", r.rubricName(), r.rubricVersion(), r.asOf(),
                r.formDeducted().stripTrailingZeros().toPlainString(),
                r.contentDeducted().stripTrailingZeros().toPlainString(), r.vetoFindings().size());
    }

    private static String skippedLine(AuditResult r) {
        if (r == null) {
            return "";
        }
        String skipped = r.skipped().isEmpty() ? "" : Texts.tr("auditView.skipped", String.join("\n", r.skipped())) + "\n";
        return skipped + Texts.tr("auditView.manual", r.manualItems().size());
    }

}
