package org.zhifa.workstation.ui.onsite;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;
import org.zhifa.workstation.ui.widgets.MatterPicker;
import org.zhifa.workstation.ui.widgets.OfficerPicker;
import org.zhifa.workstation.ui.widgets.OnSitePenaltyEditor;
import org.zhifa.workstation.ui.widgets.PartyEditor;
import org.zhifa.workstation.ui.widgets.ViolationList;

/**
 * 当场处罚 on one screen: the party and the matter on the left; the place, the two officers, the penalty (with the
 * Art 51 limit shown live and 当场收缴 only up to ¥100), the serial number and the rights on the right. 提交
 * registers the case and records the decision; a refusal is shown under the form. Ids start with "onsite".
 */
public final class OnSiteView extends BorderPane {

    public OnSiteView(OnSiteViewModel vm, Runnable onCancel, BiConsumer<String, List<Violation>> onDone) {
        setId("onSiteScreen");
        getStyleClass().add("wizard");

        Label title = new Label(Texts.tr("ui.onsite.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(Texts.tr("ui.onsite.subtitle"));
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        Label registered = new Label();
        registered.setId("onsiteRegistered");
        registered.getStyleClass().add("form-note");
        registered.setWrapText(true);
        registered.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.registeredCaseNoProperty().get().isEmpty() ? ""
                        : Texts.tr("ui.onsite.registered", vm.registeredCaseNoProperty().get()),
                vm.registeredCaseNoProperty()));
        registered.visibleProperty().bind(registered.textProperty().isNotEmpty());
        registered.managedProperty().bind(registered.visibleProperty());
        VBox header = new VBox(6, title, subtitle, registered);
        header.setPadding(new Insets(16, 24, 8, 24));
        setTop(header);

        // left: party and matter
        FormSheet partyCard = new PartyEditor("onsiteParty", vm.party());
        MatterPicker matter = new MatterPicker("onsiteMatter", vm.catalog());
        matter.selectedProperty().bindBidirectional(vm.matterProperty());
        matter.setPrefHeight(300);
        matter.setMinHeight(240);
        VBox left = new VBox(14, card(Texts.tr("ui.onsite.partyTitle"), partyCard), card(Texts.tr("ui.onsite.matterTitle"), matter));
        // the header (party, matter, date, place) is fixed once the case was registered
        left.disableProperty().bind(vm.registeredCaseNoProperty().isNotEmpty());

        // right: the scene, the officers, the penalty, the document
        FormSheet scene = new FormSheet();
        DatePicker date = Controls.date("onsiteDate", vm.dateProperty().get());
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.disableProperty().bind(vm.registeredCaseNoProperty().isNotEmpty());
        scene.required(Texts.tr("ui.onsite.date"), date);
        TextField place = Controls.text("onsitePlace", Texts.tr("ui.wizard.actPlacePrompt"));
        place.textProperty().bindBidirectional(vm.placeProperty());
        place.disableProperty().bind(vm.registeredCaseNoProperty().isNotEmpty());
        scene.required(Texts.tr("ui.onsite.place"), place);
        TextField cause = Controls.text("onsiteCause", Texts.tr("ui.onsite.causePrompt"));
        cause.textProperty().bindBidirectional(vm.causeProperty());
        cause.disableProperty().bind(vm.registeredCaseNoProperty().isNotEmpty());
        scene.row(Texts.tr("ui.wizard.cause"), cause);
        List<org.zhifa.workstation.domain.officer.Officer> team = vm.officers().stream()
                .filter(o -> o.role() != OfficerRole.REVIEWER).toList();
        OfficerPicker o1 = new OfficerPicker("onsiteOfficer1", team, vm.today(), true);
        o1.valueProperty().bindBidirectional(vm.officer1Property());
        OfficerPicker o2 = new OfficerPicker("onsiteOfficer2", team, vm.today(), true);
        o2.valueProperty().bindBidirectional(vm.officer2Property());
        scene.required(Texts.tr("ui.onsite.officer1"), o1);
        scene.row(Texts.tr("ui.onsite.officer2"), true, o2, Controls.hint(Texts.tr("ui.field.officersHint")));

        FormSheet decision = new FormSheet();
        OnSitePenaltyEditor.addTo(decision, vm.penalty());
        TextField serial = Controls.text("onsiteSerial", Texts.tr("ui.onsite.serialPrompt"));
        serial.textProperty().bindBidirectional(vm.serialProperty());
        decision.required(Texts.tr("ui.onsite.serial"), serial);
        CheckBox certificates = Controls.check("onsiteCertificatesShown", Texts.tr("ui.field.certificatesShown"));
        certificates.selectedProperty().bindBidirectional(vm.certificatesShownProperty());
        CheckBox heard = Controls.check("onsitePartyHeard", Texts.tr("ui.onsite.partyHeard"));
        heard.selectedProperty().bindBidirectional(vm.partyHeardProperty());
        CheckBox refused = Controls.check("onsiteRefusedToSign", Texts.tr("ui.onsite.refusedToSign"));
        refused.selectedProperty().bindBidirectional(vm.refusedToSignProperty());
        decision.row(Texts.tr("ui.field.rights"), true, certificates, new VBox(6, heard, refused));
        VBox right = new VBox(14, card(Texts.tr("ui.onsite.sceneTitle"), scene), card(Texts.tr("ui.onsite.decisionTitle"), decision));

        HBox columns = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(520);
        right.setPrefWidth(520);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setId("onsiteScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        columns.setPadding(new Insets(4, 24, 12, 24));
        setCenter(scroll);

        ViolationList problems = new ViolationList("onsiteProblems", true);
        vm.problems().addListener((ListChangeListener<String>) c -> problems.showLines(List.copyOf(vm.problems()),
                Texts.tr("ui.form.problemsTitle")));
        ViolationList violations = new ViolationList("onsiteViolations", true);
        vm.violations().addListener((ListChangeListener<Violation>) c -> violations.show(List.copyOf(vm.violations()),
                Texts.tr("ui.form.refusedTitle")));
        Button cancel = new Button(Texts.tr("ui.wizard.cancel"));
        cancel.setId("onsiteCancel");
        cancel.setOnAction(e -> onCancel.run());
        Button submit = new Button(Texts.tr("ui.onsite.submit"));
        submit.setId("onsiteSubmit");
        submit.getStyleClass().add("primary-button");
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit(onDone));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, cancel, grow, busy, submit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(10, problems, violations, buttons);
        footer.getStyleClass().add("wizard-footer");
        footer.setPadding(new Insets(10, 24, 16, 24));
        setBottom(footer);
    }

    private static Node card(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().add("detail-section");
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }
}
