package org.zhifa.workstation.ui.newcase;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;
import org.zhifa.workstation.ui.widgets.MatterPicker;
import org.zhifa.workstation.ui.widgets.MatterTexts;
import org.zhifa.workstation.ui.widgets.OfficerPicker;
import org.zhifa.workstation.ui.widgets.PartyEditor;
import org.zhifa.workstation.ui.widgets.ViolationList;

/**
 * 新建案件 in four calm steps: 1 案件来源 (source, dates, place, 案由 and facts, 普通/简易程序), 2 执法事项 (found by typing
 * part of its name or code), 3 当事人 (身份证 or 统一社会信用代码 checked as typed), 4 承办人员 (two certified
 * officers); 登记 registers the case and opens its page.
 */
public final class NewCaseWizardView extends BorderPane {
    private final NewCaseViewModel vm;
    private final Node[] pages = new Node[NewCaseViewModel.PAGES];
    private final HBox indicator = new HBox(6);
    private final StackPane pageHost = new StackPane();
    private final ViolationList missing = new ViolationList("wizardMissing", true);
    private final Button back = new Button(Texts.tr("ui.wizard.back"));
    private final Button next = new Button(Texts.tr("ui.wizard.next"));
    private final Button register = new Button(Texts.tr("ui.wizard.register"));

    public NewCaseWizardView(NewCaseViewModel vm, Runnable onCancel, Consumer<CaseRecord> onRegistered) {
        this.vm = vm;
        setId("newCaseWizard");
        getStyleClass().add("wizard");

        Label title = new Label(Texts.tr("ui.wizard.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(Texts.tr("ui.wizard.subtitle"));
        subtitle.getStyleClass().add("muted");
        indicator.setId("wizardSteps");
        indicator.getStyleClass().add("wizard-steps");
        VBox header = new VBox(6, title, subtitle, indicator);
        header.setPadding(new Insets(16, 24, 8, 24));
        setTop(header);

        pages[0] = page("wizardPageSource", sourcePage());
        pages[1] = page("wizardPageMatter", matterPage());
        pages[2] = page("wizardPageParty", partyPage());
        pages[3] = page("wizardPageOfficers", officersPage());
        pageHost.getChildren().addAll(pages);
        pageHost.setPadding(new Insets(4, 24, 4, 24));
        setCenter(pageHost);

        Button cancel = new Button(Texts.tr("ui.wizard.cancel"));
        cancel.setId("wizardCancel");
        cancel.setOnAction(e -> onCancel.run());
        back.setId("wizardBack");
        back.setOnAction(e -> {
            missing.showLines(List.of(), null);
            vm.back();
        });
        next.setId("wizardNext");
        next.getStyleClass().add("primary-button");
        next.setOnAction(e -> {
            List<String> m = vm.missing(vm.pageProperty().get());
            missing.showLines(m, Texts.tr("ui.wizard.missingTitle"));
            vm.next();
        });
        register.setId("wizardRegister");
        register.getStyleClass().add("primary-button");
        register.setOnAction(e -> vm.register(onRegistered));
        register.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, cancel, grow, busy, back, next, register);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        ViolationList errors = new ViolationList("wizardErrors", true);
        vm.errors().addListener((ListChangeListener<String>) c -> errors.showLines(List.copyOf(vm.errors()),
                Texts.tr("ui.wizard.refusedTitle")));
        VBox footer = new VBox(10, missing, errors, buttons);
        footer.getStyleClass().add("wizard-footer");
        footer.setPadding(new Insets(10, 24, 16, 24));
        setBottom(footer);

        vm.pageProperty().addListener((obs, old, now) -> showPage(now.intValue()));
        showPage(0);
    }

    private static Node page(String id, Node content) {
        if (content instanceof FormSheet sheet) {
            // calm, readable line lengths: the form does not stretch over a wide screen
            sheet.setMaxWidth(880);
        }
        VBox card = new VBox(content);
        card.getStyleClass().add("wizard-card");
        VBox.setVgrow(content, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void showPage(int index) {
        for (int i = 0; i < pages.length; i++) {
            pages[i].setVisible(i == index);
        }
        indicator.getChildren().clear();
        String[] names = {Texts.tr("ui.wizard.step.source"), Texts.tr("ui.wizard.step.matter"),
                Texts.tr("ui.wizard.step.party"), Texts.tr("ui.wizard.step.officers")};
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("wizard-arrow");
                indicator.getChildren().add(arrow);
            }
            Label step = new Label(Texts.tr("ui.wizard.stepLabel", i + 1, names[i]));
            step.setId("wizardStep-" + i);
            step.getStyleClass().addAll("wizard-step", i < index ? "wizard-step-done" : i == index ? "wizard-step-current" : "wizard-step-todo");
            indicator.getChildren().add(step);
        }
        back.setDisable(index == 0);
        boolean last = index == pages.length - 1;
        next.setVisible(!last);
        next.setManaged(!last);
        register.setVisible(last);
        register.setManaged(last);
        if (last) {
            missing.showLines(List.of(), null);
        }
    }

    private Node sourcePage() {
        FormSheet sheet = new FormSheet();
        ToggleGroup kinds = new ToggleGroup();
        RadioButton general = new RadioButton(Texts.label(ProcedureKind.GENERAL));
        general.setId("wizardProcedureGeneral");
        general.setToggleGroup(kinds);
        RadioButton summary = new RadioButton(Texts.tr("ui.wizard.summaryChoice"));
        summary.setId("wizardProcedureSummary");
        summary.setToggleGroup(kinds);
        general.setSelected(vm.procedureProperty().get() != ProcedureKind.SUMMARY);
        summary.setSelected(vm.procedureProperty().get() == ProcedureKind.SUMMARY);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.procedureProperty().set(now == summary ? ProcedureKind.SUMMARY : ProcedureKind.GENERAL);
            }
        });
        sheet.row(Texts.tr("ui.wizard.procedure"), true, new HBox(18, general, summary),
                Controls.hint(Texts.tr("ui.wizard.procedureHint")));
        ComboBox<CaseSource> source = Controls.choice("wizardSource", List.of(CaseSource.values()),
                org.zhifa.workstation.domain.text.Texts::label);
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        sheet.required(Texts.tr("ui.wizard.source"), source);
        DatePicker discovered = Controls.date("wizardDiscoveredOn", vm.discoveredOnProperty().get());
        discovered.valueProperty().bindBidirectional(vm.discoveredOnProperty());
        sheet.row(Texts.tr("ui.wizard.discoveredOn"), true, discovered, Controls.hint(Texts.tr("ui.wizard.discoveredOnHint")));
        DatePicker act = Controls.date("wizardActDate", vm.actDateProperty().get());
        act.valueProperty().bindBidirectional(vm.actDateProperty());
        sheet.row(Texts.tr("ui.wizard.actDate"), true, act, Controls.hint(Texts.tr("ui.wizard.actDateHint")));
        TextField place = Controls.text("wizardActPlace", Texts.tr("ui.wizard.actPlacePrompt"));
        place.textProperty().bindBidirectional(vm.actPlaceProperty());
        sheet.required(Texts.tr("ui.wizard.actPlace"), place);
        TextField cause = Controls.text("wizardCause", Texts.tr("ui.wizard.causePrompt"));
        cause.textProperty().bindBidirectional(vm.causeProperty());
        sheet.required(Texts.tr("ui.wizard.cause"), cause);
        TextArea facts = Controls.area("wizardFacts", Texts.tr("ui.wizard.factsPrompt"), 5);
        facts.textProperty().bindBidirectional(vm.factsProperty());
        sheet.row(Texts.tr("ui.wizard.facts"), facts);
        return sheet;
    }

    private Node matterPage() {
        MatterPicker picker = new MatterPicker("wizardMatter", vm.catalog());
        picker.selectedProperty().bindBidirectional(vm.matterProperty());
        picker.setMinHeight(300);
        VBox.setVgrow(picker, Priority.ALWAYS);
        Label chosen = new Label();
        chosen.setId("wizardMatterChosen");
        chosen.getStyleClass().add("chosen-matter");
        chosen.setWrapText(true);
        chosen.setMaxWidth(Double.MAX_VALUE);
        vm.matterProperty().addListener((obs, old, m) -> chosen.setText(chosenText(m)));
        chosen.setText(chosenText(vm.matterProperty().get()));
        Label hint = Controls.hint(Texts.tr("ui.wizard.matterHint"));
        VBox box = new VBox(10, hint, picker, chosen);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static String chosenText(CatalogMatter m) {
        if (m == null) {
            return Texts.tr("ui.wizard.noMatterChosen");
        }
        return Texts.tr("ui.wizard.matterChosen", m.code(), m.name(), m.penaltyProvision(), MatterTexts.range(m));
    }

    private Node partyPage() {
        return new PartyEditor("party", vm.party());
    }

    private Node officersPage() {
        FormSheet sheet = new FormSheet();
        sheet.full(Controls.hint(Texts.tr("ui.wizard.officersHint")));
        OfficerPicker lead = new OfficerPicker("wizardLeadHandler", teamOf(vm), vm.today(), true);
        lead.valueProperty().bindBidirectional(vm.leadHandlerProperty());
        sheet.required(Texts.tr("ui.wizard.leadHandler"), lead);
        OfficerPicker co = new OfficerPicker("wizardCoHandler", teamOf(vm), vm.today(), true);
        co.valueProperty().bindBidirectional(vm.coHandlerProperty());
        sheet.required(Texts.tr("ui.wizard.coHandler"), co);
        Label summary = new Label();
        summary.setId("wizardSummary");
        summary.getStyleClass().add("wizard-summary");
        summary.setWrapText(true);
        vm.pageProperty().addListener((obs, old, now) -> {
            if (now.intValue() == NewCaseViewModel.PAGES - 1) {
                summary.setText(summaryText());
            }
        });
        sheet.section(Texts.tr("ui.wizard.review"));
        sheet.full(summary);
        return sheet;
    }

    private static List<org.zhifa.workstation.domain.officer.Officer> teamOf(NewCaseViewModel vm) {
        return vm.officers().stream()
                .filter(o -> o.role() != org.zhifa.workstation.domain.officer.OfficerRole.REVIEWER).toList();
    }

    private String summaryText() {
        var c = vm.newCase();
        CatalogMatter m = vm.matterProperty().get();
        return Texts.tr("ui.wizard.summaryText", Texts.label(c.procedure()), Texts.label(c.source()),
                String.valueOf(c.discoveredOn()), String.valueOf(c.actDate()), c.actPlace() == null ? "" : c.actPlace(),
                c.cause() == null ? "" : c.cause(), m == null ? "" : m.name(),
                c.party() == null || c.party().name() == null ? "" : c.party().name());
    }
}
