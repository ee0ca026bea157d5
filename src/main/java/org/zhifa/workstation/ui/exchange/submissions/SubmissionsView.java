package org.zhifa.workstation.ui.exchange.submissions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.township.TownshipExchange.ReviewTask;
import org.zhifa.workstation.exchange.township.TownshipExchange.Submission;
import org.zhifa.workstation.ui.exchange.Columns;

/** 报送记录: pending submissions (撤回), 导入审核结果, and the review tasks of the cases sent back. */
public final class SubmissionsView extends VBox {
    private final TableView<Submission> pending = Columns.table("submissionsTable", Texts.tr("ui.submissions.empty"));
    private final TableView<ReviewTask> tasks = Columns.table("reviewTasksTable", Texts.tr("ui.submissions.noTasks"));

    public SubmissionsView(SubmissionsViewModel vm) {
        super(10);
        setId("submissions");
        setPadding(new Insets(12, 0, 0, 0));
        Button importResult = new Button(Texts.tr("ui.submissions.importResult"));
        importResult.setId("submissionsImport");
        importResult.getStyleClass().add("primary-button");
        importResult.setOnAction(e -> vm.chooseAndImportResult());
        Button withdraw = new Button(Texts.tr("ui.submissions.withdraw"));
        withdraw.setId("submissionsWithdraw");
        withdraw.disableProperty().bind(pending.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(e -> vm.withdraw(pending.getSelectionModel().getSelectedItem()));
        Button refresh = new Button(Texts.tr("ui.exchange.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        javafx.scene.control.TextField caseNo = new javafx.scene.control.TextField();
        caseNo.setId("submissionsCaseNo");
        caseNo.setPromptText(Texts.tr("ui.submissions.caseNoPrompt"));
        caseNo.setPrefColumnCount(12);
        Button submit = new Button(Texts.tr("ui.submissions.submit"));
        submit.setId("submissionsSubmit");
        submit.disableProperty().bind(caseNo.textProperty().isEmpty());
        submit.setOnAction(e -> vm.chooseAndSubmit(caseNo.getText().strip()));
        HBox bar = new HBox(8, importResult, withdraw, refresh, new Label(Texts.tr("ui.submissions.or")), caseNo, submit);
        bar.setAlignment(Pos.CENTER_LEFT);
        pending.getColumns().addAll(List.of(
                Columns.text(Texts.tr("ui.queue.col.case"), 140, Submission::caseNo),
                Columns.text(Texts.tr("ui.submissions.col.revision"), 70, s -> Integer.toString(s.caseRevision())),
                Columns.text(Texts.tr("ui.submissions.col.submitted"), 150, s -> LocalDateTime.ofInstant(
                        s.submittedAt(), ZoneId.systemDefault()).toLocalDate().toString()),
                Columns.text(Texts.tr("ui.submissions.col.by"), 100, Submission::submittedBy),
                Columns.text(Texts.tr("ui.submissions.col.bundle"), 260, Submission::bundleId)));
        pending.setItems(vm.pending());
        tasks.getColumns().addAll(List.of(
                Columns.text(Texts.tr("ui.queue.col.case"), 140, ReviewTask::caseNo),
                Columns.text(Texts.tr("ui.submissions.col.number"), 50, t -> Integer.toString(t.number())),
                Columns.text(Texts.tr("ui.submissions.col.task"), 360, ReviewTask::text),
                Columns.text(Texts.tr("ui.submissions.col.conclusion"), 80, t -> Texts.label(t.conclusion())),
                Columns.text(Texts.tr("ui.submissions.col.reviewer"), 80, ReviewTask::reviewer)));
        tasks.setItems(vm.reviewTasks());
        Label pendingTitle = new Label(Texts.tr("ui.submissions.pending"));
        pendingTitle.getStyleClass().add("section-title");
        Label tasksTitle = new Label(Texts.tr("ui.submissions.tasks"));
        tasksTitle.getStyleClass().add("section-title");
        VBox.setVgrow(pending, Priority.ALWAYS);
        VBox.setVgrow(tasks, Priority.ALWAYS);
        getChildren().addAll(bar, pendingTitle, pending, tasksTitle, tasks);
    }
}
