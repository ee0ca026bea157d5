package org.zhifa.workstation.ui.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;
import org.zhifa.workstation.ui.widgets.ViolationList;

/**
 * The side panel in which a step's form is filled: the step and the case on top, what blocks the step today, the
 * date the step happened (today by default), the fields, then — after 提交 — the rules that refused it, in red,
 * with everything typed kept. Ids: stepFormPanel, formTitle, formTodayCheck, formDate, formProblems,
 * formViolations, formWarnings, formSubmit, formCancel.
 */
public final class FormPanel extends VBox {
    /** What the officer sent: the draft of the action(s) and the date given. */
    public record Submission(ActionDraft draft, LocalDate date) {
    }

    private final StepForm form;
    private final FormContext ctx;
    private final DatePicker date;
    private final ViolationList problems = new ViolationList("formProblems", true);
    private final ViolationList violations = new ViolationList("formViolations", true);
    private final ViolationList warnings = new ViolationList("formWarnings", false);
    private final Button submit = new Button(Texts.tr("ui.form.submit"));
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ScrollPane scroll;
    private final Label footerStatus = new Label();

    public FormPanel(StepForm form, FormContext ctx, Consumer<Submission> onSubmit, Runnable onCancel) {
        super(0);
        this.form = form;
        this.ctx = ctx;
        setId("stepFormPanel");
        getStyleClass().add("form-panel");
        getProperties().put("actionType", form.type());

        Label title = new Label(Texts.label(form.type()));
        title.setId("formTitle");
        title.getStyleClass().add("form-title");
        Label subtitle = new Label(Texts.tr("ui.form.subtitle", ctx.record().caseNo(),
                ctx.record().cause() == null ? "" : ctx.record().cause()));
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        Button close = new Button("✕");
        close.setId("formClose");
        close.getStyleClass().add("icon-button");
        close.setOnAction(e -> onCancel.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, grow, close);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, titleRow, subtitle);
        header.getStyleClass().add("form-header");

        VBox body = new VBox(14, problems, violations, warnings);
        body.getStyleClass().add("form-body");
        body.setPadding(new Insets(16, 20, 20, 20));
        if (ctx.step() != null && !ctx.step().allowed()) {
            ViolationList today = new ViolationList("formTodayCheck", true);
            today.getStyleClass().add("today-check");
            today.show(ctx.step().blocking(), Texts.tr("ui.form.todayCheck", ctx.today().toString()));
            Label hint = Controls.hint(Texts.tr("ui.form.todayCheckHint"));
            today.getChildren().add(hint);
            body.getChildren().add(today);
        }
        if (form.generic()) {
            Label generic = new Label(Texts.tr("ui.form.genericNote"));
            generic.setId("formGenericNote");
            generic.getStyleClass().add("form-note");
            generic.setWrapText(true);
            body.getChildren().add(generic);
        }
        if (form.note() != null) {
            Label note = new Label(form.note());
            note.setId("formNote");
            note.getStyleClass().add("form-note");
            note.setWrapText(true);
            body.getChildren().add(note);
        }
        FormSheet dateSheet = new FormSheet();
        date = Controls.date("formDate", ctx.today());
        dateSheet.row(Texts.tr("ui.form.date"), true, date, Controls.hint(Texts.tr("ui.form.dateHint")));
        body.getChildren().addAll(dateSheet, form.content());

        scroll = new ScrollPane(body);
        scroll.setId("formScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("form-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button cancel = new Button(Texts.tr("ui.form.cancel"));
        cancel.setId("formCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        submit.setId("formSubmit");
        submit.getStyleClass().add("primary-button");
        submit.setDefaultButton(false);
        submit.setDisable(!form.submittable() || ctx.actor() == null);
        submit.setOnAction(e -> submit(onSubmit));
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.setVisible(false);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        footerStatus.setId("formFooterStatus");
        footerStatus.getStyleClass().add("field-problem");
        footerStatus.setWrapText(true);
        footerStatus.setText(ctx.actor() == null ? Texts.tr("ui.form.noActor") : "");
        HBox.setHgrow(footerStatus, Priority.SOMETIMES);
        HBox footer = new HBox(10, footerStatus, space, busy, cancel, submit);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("form-footer");

        getChildren().addAll(header, scroll, footer);
    }

    private void submit(Consumer<Submission> onSubmit) {
        violations.show(List.of(), null);
        warnings.show(List.of(), null);
        List<String> missing = new ArrayList<>();
        LocalDate day = Controls.dateOf(date);
        if (day == null) {
            missing.add(Texts.tr("ui.form.missing", Texts.tr("ui.form.date")));
        }
        missing.addAll(form.problems());
        if (!missing.isEmpty()) {
            problems.showLines(missing, Texts.tr("ui.form.problemsTitle"));
            footerStatus.setText(Texts.tr("ui.form.footerMissing", missing.size()));
            scroll.setVvalue(0);
            return;
        }
        problems.showLines(List.of(), null);
        footerStatus.setText("");
        onSubmit.accept(new Submission(form.draft(day, ctx.actor()), day));
    }

    /** The step was refused: the rules in red; the form keeps what was typed. */
    public void refused(List<Violation> blocking, List<Violation> warned) {
        setBusy(false);
        violations.show(blocking, Texts.tr("ui.form.refusedTitle"));
        warnings.show(warned, null);
        String rules = String.join("、", blocking.stream().map(Violation::rule).distinct().toList());
        footerStatus.setText(Texts.tr("ui.form.footerRefused", rules));
        scroll.setVvalue(0);
    }

    /** The step could not be stored for a technical reason. */
    public void failed(String message) {
        setBusy(false);
        problems.showLines(List.of(message), Texts.tr("ui.form.failedTitle"));
        footerStatus.setText(Texts.tr("ui.form.failedTitle"));
        scroll.setVvalue(0);
    }

    public void setBusy(boolean on) {
        busy.setVisible(on);
        submit.setDisable(on || !form.submittable() || ctx.actor() == null);
    }

    public StepForm form() {
        return form;
    }

    public DatePicker dateField() {
        return date;
    }

    public ViolationList violations() {
        return violations;
    }

    public ViolationList problems() {
        return problems;
    }
}
