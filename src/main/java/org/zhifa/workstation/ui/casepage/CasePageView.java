package org.zhifa.workstation.ui.casepage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.cases.CaseService.CaseView;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.cases.CaseSections;
import org.zhifa.workstation.ui.common.Formats;
import org.zhifa.workstation.ui.forms.FormContext;
import org.zhifa.workstation.ui.forms.FormPanel;
import org.zhifa.workstation.ui.forms.StepForm;
import org.zhifa.workstation.ui.forms.StepForms;
import org.zhifa.workstation.ui.preview.DocumentPreviewView;
import org.zhifa.workstation.ui.print.ProgressPanel;
import org.zhifa.workstation.ui.widgets.ViolationList;

/**
 * The page of one case: the stepper of the procedure across the top (what is done, where the case stands, what
 * blocks the next step), the next steps — each allowed one a button that opens its form, each blocked one with the
 * rules that block it — the deadlines in colour, the 文书 to preview and print (and the 卷宗), and the case's data.
 * Forms and document previews open over the page on the right.
 */
public final class CasePageView extends StackPane {
    /** The steps that move the procedure on (or record its core acts); the rest are listed as other matters. */
    static final Set<ActionType> MAIN_STEPS = EnumSet.of(ActionType.FILE, ActionType.RECORD, ActionType.EVIDENCE_ADDED,
            ActionType.INVESTIGATION_CONCLUDED, ActionType.REVIEW_SUBMITTED, ActionType.REVIEW_OPINION,
            ActionType.DELIBERATED, ActionType.NOTICE_SERVED, ActionType.REPRESENTATION_HEARD,
            ActionType.REPRESENTATION_WAIVED, ActionType.HEARING_REQUESTED, ActionType.HEARING_WAIVED,
            ActionType.HEARING_SCHEDULED, ActionType.HEARING_HELD, ActionType.DECIDED, ActionType.NO_PENALTY_DECIDED,
            ActionType.ON_SITE_DECIDED, ActionType.ON_SITE_FILED, ActionType.DECISION_SERVED,
            ActionType.PAYMENT_RECORDED, ActionType.CLOSED, ActionType.ARCHIVED);

    private final CasePageViewModel vm;
    private final BorderPane page = new BorderPane();
    private final Label caseNo = new Label();
    private final Label cause = new Label();
    private final HBox badges = new HBox(8);
    private final StageStepper stepper = new StageStepper();
    private final Label blockedLine = new Label();
    private final VBox banner = new VBox(6);
    private final VBox nextSteps = new VBox(10);
    private final VBox deadlines = new VBox(0);
    private final VBox info = new VBox(14);
    private final StackPane overlay = new StackPane();
    private FormPanel formPanel;
    private BiFunction<String, Runnable, Node> auditPanel;

    public CasePageView(CasePageViewModel vm, Runnable onBack) {
        this.vm = vm;
        setId("casePage");
        getStyleClass().add("case-page");

        Button back = new Button(Texts.tr("ui.casePage.back"));
        back.setId("casePageBack");
        back.getStyleClass().add("back-button");
        back.setOnAction(e -> onBack.run());
        caseNo.setId("casePageCaseNo");
        caseNo.getStyleClass().add("case-page-no");
        caseNo.setMinWidth(Region.USE_PREF_SIZE);
        badges.setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button refresh = new Button(Texts.tr("ui.casePage.refresh"));
        refresh.setId("casePageRefresh");
        refresh.setOnAction(e -> vm.reload());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button audit = new Button(Texts.tr("auditView.open"));
        audit.setId("casePageAudit");
        audit.visibleProperty().bind(vm.viewProperty().isNotNull());
        audit.setOnAction(e -> openAudit());
        HBox top = new HBox(12, back, caseNo, badges, grow, busy, audit, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        cause.setId("casePageCause");
        cause.getStyleClass().add("case-page-cause");
        cause.setWrapText(true);
        blockedLine.setId("stageBlockedLine");
        blockedLine.getStyleClass().add("stage-blocked-line");
        blockedLine.setWrapText(true);
        blockedLine.managedProperty().bind(blockedLine.visibleProperty());
        banner.setId("casePageBanner");
        banner.getStyleClass().add("saved-banner");
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        VBox stepperCard = new VBox(10, stepper, blockedLine);
        stepperCard.getStyleClass().add("stepper-card");
        VBox header = new VBox(8, top, cause, stepperCard, banner);
        header.getStyleClass().add("case-page-header");
        header.setPadding(new Insets(14, 18, 10, 18));
        page.setTop(header);

        nextSteps.setId("nextStepsPanel");
        nextSteps.getStyleClass().add("next-steps");
        deadlines.setId("deadlinesPanel");
        deadlines.getStyleClass().add("deadlines");
        CaseDocumentsPanel documentsPanel = new CaseDocumentsPanel(vm.documents(), this::openPreview);
        ScrollPane left = scroll("nextStepsScroll",
                pad(new VBox(18, nextSteps, card(Texts.tr("caseDocs.title"), documentsPanel))));
        VBox rightBox = new VBox(14, card(Texts.tr("ui.casePage.deadlines"), deadlines), info);
        ScrollPane right = scroll("caseInfoScroll", pad(rightBox));
        left.setMinWidth(320);
        left.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        right.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        javafx.scene.layout.GridPane columns = new javafx.scene.layout.GridPane();
        javafx.scene.layout.ColumnConstraints leftColumn = new javafx.scene.layout.ColumnConstraints();
        leftColumn.setPercentWidth(40);
        javafx.scene.layout.ColumnConstraints rightColumn = new javafx.scene.layout.ColumnConstraints();
        rightColumn.setPercentWidth(60);
        columns.getColumnConstraints().addAll(leftColumn, rightColumn);
        javafx.scene.layout.RowConstraints fill = new javafx.scene.layout.RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        fill.setFillHeight(true);
        columns.getRowConstraints().add(fill);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);
        page.setCenter(columns);

        overlay.setId("formOverlay");
        overlay.getStyleClass().add("form-overlay");
        overlay.setVisible(false);
        overlay.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(page, overlay);
        vm.viewProperty().addListener((obs, old, now) -> show(now));
        vm.savedProperty().addListener((obs, old, now) -> showSaved(now));
    }

    /** The 案卷评查 panel of a case, given its number and how to close it; set by the main window. */
    public void setAuditPanel(BiFunction<String, Runnable, Node> panel) {
        this.auditPanel = panel;
    }

    /** 案卷评查 of the open case, over the page like a form. */
    private void openAudit() {
        CaseView view = vm.viewProperty().get();
        if (view == null || auditPanel == null) {
            return;
        }
        Node panel = auditPanel.apply(view.record().caseNo(), this::closeForm);
        formPanel = null;
        Region backdrop = new Region();
        backdrop.getStyleClass().add("form-backdrop");
        overlay.getChildren().setAll(backdrop, panel);
        StackPane.setAlignment(panel, Pos.CENTER);
        overlay.setVisible(true);
    }

    private static VBox pad(Node content) {
        VBox box = new VBox(content);
        box.setPadding(new Insets(12, 18, 24, 18));
        return box;
    }

    private static ScrollPane scroll(String id, Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setId(id);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().add("page-scroll");
        return s;
    }

    private static VBox card(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().add("detail-section");
        return box;
    }

    private void show(CaseView view) {
        if (view == null) {
            return;
        }
        CaseRecord c = view.record();
        LocalDate today = vm.today();
        caseNo.setText(c.caseNo());
        cause.setText(Formats.text(c.cause()) + (c.party() == null ? "" : Texts.tr("ui.casePage.partySuffix", c.party().name())));
        Label state = new Label(Texts.label(c.state()));
        state.setId("casePageState");
        state.getStyleClass().addAll("badge", "badge-state");
        Label procedure = new Label(Formats.label(c.procedure()));
        procedure.getStyleClass().addAll("badge", "badge-neutral");
        badges.getChildren().setAll(state, procedure);

        List<Stages.Stage> stages = Stages.of(c, view.nextSteps());
        stepper.show(stages);
        Stages.Stage blocked = stages.stream().filter(Stages.Stage::blocked).findFirst().orElse(null);
        if (blocked != null) {
            blockedLine.setText(Texts.tr("ui.casePage.blockedLine", Texts.label(blocked.step()), blocked.blockedBy().describe()));
            blockedLine.setVisible(true);
        } else {
            Stages.Stage current = stages.stream().filter(s -> s.status() == Stages.Status.CURRENT).findFirst().orElse(null);
            blockedLine.setText(current == null ? Texts.tr("ui.casePage.noCurrentStage")
                    : Texts.tr("ui.casePage.currentStage", current.label()));
            blockedLine.setVisible(true);
        }
        blockedLine.getStyleClass().remove("stage-blocked-line-on");
        if (blocked != null) {
            blockedLine.getStyleClass().add("stage-blocked-line-on");
        }

        ActionType currentStep = stages.stream().filter(s -> s.status() == Stages.Status.CURRENT)
                .map(Stages.Stage::step).findFirst().orElse(null);
        showNextSteps(view.nextSteps(), today, currentStep);
        showDeadlines(view.deadlines(), today);
        info.getChildren().setAll(CaseSections.all(c, vm::officerName, today));
    }

    private void showNextSteps(List<NextStep> steps, LocalDate today, ActionType current) {
        nextSteps.getChildren().clear();
        Label title = new Label(Texts.tr("ui.casePage.nextSteps"));
        title.getStyleClass().add("page-section-title");
        Label asOf = new Label(Texts.tr("ui.casePage.asOf", today.toString()));
        asOf.getStyleClass().add("muted");
        asOf.setWrapText(true);
        asOf.setMinHeight(Region.USE_PREF_SIZE);
        nextSteps.getChildren().addAll(title, asOf);
        if (vm.session().user().officerCode() == null) {
            Label noActor = new Label(Texts.tr("ui.form.noActor"));
            noActor.getStyleClass().add("field-problem");
            noActor.setWrapText(true);
            nextSteps.getChildren().add(noActor);
        }
        List<NextStep> main = new ArrayList<>();
        List<NextStep> other = new ArrayList<>();
        for (NextStep s : steps) {
            (MAIN_STEPS.contains(s.type()) ? main : other).add(s);
        }
        // the step that completes the current stage of the stepper comes first
        main.sort(java.util.Comparator.comparing((NextStep s) -> s.type() != current));
        if (steps.isEmpty()) {
            Label none = new Label(Texts.tr("ui.casePage.noSteps"));
            none.getStyleClass().add("muted");
            nextSteps.getChildren().add(none);
        }
        for (NextStep s : main) {
            nextSteps.getChildren().add(stepRow(s, true, s.type() == current));
        }
        if (!other.isEmpty()) {
            Label more = new Label(Texts.tr("ui.casePage.otherSteps"));
            more.getStyleClass().add("other-steps-title");
            nextSteps.getChildren().add(more);
            for (NextStep s : other) {
                nextSteps.getChildren().add(stepRow(s, false, false));
            }
        }
    }

    private Node stepRow(NextStep s, boolean main, boolean current) {
        Button open = new Button(Texts.label(s.type()));
        open.setId("stepButton-" + s.type().name());
        open.getStyleClass().add(s.allowed() ? (main ? "step-button-main" : "step-button") : "step-button-blocked");
        open.setOnAction(e -> openForm(s.type()));
        boolean noActor = vm.session().user().officerCode() == null;
        boolean reviewerOnly = s.type() == ActionType.REVIEW_OPINION
                && !vm.session().hasRole(org.zhifa.workstation.domain.user.Role.REVIEWER);
        open.setDisable(noActor || reviewerOnly);
        open.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 6, open);
        head.setAlignment(Pos.CENTER_LEFT);
        if (current) {
            Label tag = new Label(Texts.tr("ui.casePage.currentStep"));
            tag.getStyleClass().addAll("badge", "badge-early");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(tag);
        }
        if (!s.allowed()) {
            Label badge = new Label(Texts.tr("ui.casePage.blocked"));
            badge.getStyleClass().addAll("badge", "badge-danger");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(badge);
        }
        VBox row = new VBox(6, head);
        row.setId("step-" + s.type().name());
        row.getStyleClass().addAll("step-row", s.allowed() ? "step-allowed" : "step-blocked");
        if (current) {
            row.getStyleClass().add("step-current");
        }
        if (reviewerOnly) {
            Label hint = new Label(Texts.tr("ui.casePage.reviewerOnly"));
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            row.getChildren().add(hint);
        }
        for (Violation v : s.blocking()) {
            row.getChildren().add(ViolationList.item(v));
        }
        for (Violation v : s.warnings()) {
            row.getChildren().add(ViolationList.item(v));
        }
        return row;
    }

    private void showDeadlines(List<DeadlineItem> items, LocalDate today) {
        deadlines.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label(Texts.tr("ui.casePage.noDeadlines"));
            none.getStyleClass().add("muted");
            deadlines.getChildren().add(none);
            return;
        }
        for (DeadlineItem d : DeadlineLook.sorted(items, today)) {
            deadlines.getChildren().add(deadlineRow(d, today));
        }
    }

    static Node deadlineRow(DeadlineItem d, LocalDate today) {
        DeadlineLook look = DeadlineLook.of(d, today);
        Label label = new Label(d.label());
        label.getStyleClass().add("deadline-label");
        label.setWrapText(true);
        label.setMinWidth(0);
        Label rule = new Label(d.rule());
        rule.getStyleClass().add("deadline-rule");
        rule.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label due = new Label(Texts.tr("ui.deadline.due", d.deadline().date().toString()));
        due.getStyleClass().add("deadline-due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        Label days = new Label(look.daysText());
        days.getStyleClass().add("deadline-days");
        days.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(8, label, rule, grow, due, days);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(3, first);
        if (look.warning() != null) {
            Label warn = new Label(look.warning());
            warn.getStyleClass().add("deadline-warning");
            warn.setWrapText(true);
            row.getChildren().add(warn);
        }
        row.setId("deadline-" + d.key());
        row.getStyleClass().addAll("deadline-row", look.tone().styleClass());
        return row;
    }

    private void showSaved(CasePageViewModel.Saved saved) {
        banner.getChildren().clear();
        if (saved == null) {
            banner.setVisible(false);
            return;
        }
        Label text = new Label(saved.count() > 1 ? Texts.tr("ui.casePage.savedMany", Texts.label(saved.type()), saved.count())
                : Texts.tr("ui.casePage.saved", Texts.label(saved.type())));
        text.setId("casePageSavedText");
        text.getStyleClass().add("saved-text");
        Button dismiss = new Button("✕");
        dismiss.getStyleClass().add("icon-button");
        dismiss.setOnAction(e -> vm.clearSaved());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, text, grow, dismiss);
        head.setAlignment(Pos.CENTER_LEFT);
        banner.getChildren().add(head);
        if (saved.type() == ActionType.ON_SITE_DECIDED) {
            banner.getChildren().add(onSitePrint());
        }
        if (!saved.warnings().isEmpty()) {
            ViolationList warnings = new ViolationList("casePageWarnings", false);
            warnings.show(saved.warnings(), Texts.tr("ui.casePage.savedWarnings"));
            banner.getChildren().add(warnings);
        }
        banner.setVisible(true);
    }

    /** 打印决定书: the 当场行政处罚决定书 straight to the print dialog, one click after the on-site decision. */
    private Node onSitePrint() {
        CaseDocumentsViewModel docs = vm.documents();
        Button print = new Button(Texts.tr("caseDocs.printOnSiteDecision"));
        print.setId("printOnSiteDecision");
        print.getStyleClass().add("primary-button");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(docs.progress().runningProperty());
        print.setOnAction(e -> docs.print(DocumentType.ON_SITE_DECISION));
        ProgressPanel progress = new ProgressPanel("onSitePrintProgress", docs.progress());
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox row = new HBox(10, print, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows the preview of a document over the page (like a dialog); 关闭 returns to the page. */
    public void openPreview(DocumentInstance document) {
        DocumentPreviewView preview = new DocumentPreviewView(vm.documents().preview(document), this::closeForm);
        preview.maxWidthProperty().bind(widthProperty().multiply(0.9));
        preview.setMaxHeight(Double.MAX_VALUE);
        formPanel = null;
        showOverlay(preview);
    }

    /** Shows the panel on the right over the dimmed page. */
    private void showOverlay(Region panel) {
        Region backdrop = new Region();
        backdrop.setId("formBackdrop");
        backdrop.getStyleClass().add("form-backdrop");
        overlay.getChildren().setAll(backdrop, panel);
        StackPane.setAlignment(panel, Pos.CENTER_RIGHT);
        overlay.setVisible(true);
    }

    /** The preview shown over the page, or null. */
    public DocumentPreviewView preview() {
        return overlay.getChildren().stream().filter(DocumentPreviewView.class::isInstance)
                .map(DocumentPreviewView.class::cast).findFirst().orElse(null);
    }

    /** Opens the form of a step in the side panel (also for a step blocked today: it may have happened earlier). */
    public void openForm(ActionType type) {
        if (vm.viewProperty().get() == null) {
            return;
        }
        FormContext ctx = vm.formContext(vm.nextStep(type).orElse(null));
        StepForm form = StepForms.create(type, ctx);
        FormPanel[] holder = new FormPanel[1];
        holder[0] = new FormPanel(form, ctx, submission -> {
            holder[0].setBusy(true);
            vm.perform(submission.draft(), result -> {
                if (result.accepted()) {
                    closeForm();
                } else if (result.failure() != null) {
                    holder[0].failed(Texts.tr("ui.form.failed"));
                } else {
                    holder[0].refused(result.blocking(), result.warnings());
                }
            });
        }, this::closeForm);
        formPanel = holder[0];
        formPanel.maxWidthProperty().bind(Bindings.min(760, widthProperty().multiply(0.62)));
        formPanel.prefWidthProperty().bind(formPanel.maxWidthProperty());
        formPanel.setMaxHeight(Double.MAX_VALUE);
        showOverlay(formPanel);
    }

    public void closeForm() {
        DocumentPreviewView preview = preview();
        if (preview != null) {
            preview.dispose();
        }
        overlay.setVisible(false);
        overlay.getChildren().clear();
        formPanel = null;
    }

    /** The open form's panel, or null. */
    public FormPanel formPanel() {
        return formPanel;
    }
}
