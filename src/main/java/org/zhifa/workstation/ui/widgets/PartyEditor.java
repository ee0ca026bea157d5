package org.zhifa.workstation.ui.widgets;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The party's fields over a {@link PartyModel}: a person (name, 身份证号 checked as it is typed, with the birth date,
 * gender and age it gives) or an organisation (name, 统一社会信用代码, 法定代表人); address, 送达地址 and phone.
 * Ids start with the given prefix: {@code partyName}, {@code partyIdNumber}, {@code partyIdProblem} …
 */
public final class PartyEditor extends FormSheet {

    public PartyEditor(String prefix, PartyModel model) {
        getStyleClass().add("party-editor");
        ToggleGroup kinds = new ToggleGroup();
        RadioButton person = new RadioButton(Texts.label(PartyKind.INDIVIDUAL));
        person.setId(prefix + "KindPerson");
        person.setToggleGroup(kinds);
        RadioButton org = new RadioButton(Texts.label(PartyKind.ORGANIZATION));
        org.setId(prefix + "KindOrg");
        org.setToggleGroup(kinds);
        (model.kindProperty().get() == PartyKind.ORGANIZATION ? org : person).setSelected(true);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.kindProperty().set(now == org ? PartyKind.ORGANIZATION : PartyKind.INDIVIDUAL);
            }
        });
        model.kindProperty().addListener((obs, old, now) -> (now == PartyKind.ORGANIZATION ? org : person).setSelected(true));
        row(Texts.tr("ui.party.kind"), new HBox(18, person, org));

        TextField name = Controls.text(prefix + "Name", null);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.promptTextProperty().bind(Bindings.when(model.kindProperty().isEqualTo(PartyKind.ORGANIZATION))
                .then(Texts.tr("ui.party.orgNamePrompt")).otherwise(Texts.tr("ui.party.personNamePrompt")));
        required(Texts.tr("ui.party.name"), name);

        // person: 身份证号 with the live check
        TextField id = Controls.text(prefix + "IdNumber", Texts.tr("ui.party.idPrompt"));
        id.textProperty().bindBidirectional(model.idNumberProperty());
        id.getStyleClass().add("id-field");
        Label idProblem = Controls.problem(prefix + "IdProblem", model.idProblemProperty());
        Label idSummary = new Label();
        idSummary.setId(prefix + "IdSummary");
        idSummary.getStyleClass().add("field-ok");
        idSummary.textProperty().bind(model.idSummaryProperty());
        idSummary.visibleProperty().bind(idSummary.textProperty().isNotEmpty());
        idSummary.managedProperty().bind(idSummary.visibleProperty());
        Label minor = new Label();
        minor.setId(prefix + "MinorNote");
        minor.getStyleClass().add("field-warning");
        minor.setWrapText(true);
        minor.textProperty().bind(model.minorNoteProperty());
        minor.visibleProperty().bind(minor.textProperty().isNotEmpty());
        minor.managedProperty().bind(minor.visibleProperty());
        VBox idChecks = new VBox(2, idProblem, idSummary, minor);
        row(Texts.tr("ui.party.idNumber"), true, id, idChecks);

        // organisation: 统一社会信用代码 and 法定代表人
        TextField credit = Controls.text(prefix + "CreditCode", Texts.tr("ui.party.creditPrompt"));
        credit.textProperty().bindBidirectional(model.creditCodeProperty());
        credit.getStyleClass().add("id-field");
        Label creditProblem = Controls.problem(prefix + "CreditProblem", model.creditProblemProperty());
        row(Texts.tr("ui.party.creditCode"), true, credit, creditProblem);
        TextField legalRep = Controls.text(prefix + "LegalRep", null);
        legalRep.textProperty().bindBidirectional(model.legalRepresentativeProperty());
        row(Texts.tr("ui.party.legalRepresentative"), legalRep);

        TextField address = Controls.text(prefix + "Address", Texts.tr("ui.party.addressPrompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        required(Texts.tr("ui.party.address"), address);
        CheckBox same = Controls.check(prefix + "ServiceSame", Texts.tr("ui.party.serviceSame"));
        same.selectedProperty().bindBidirectional(model.serviceSameAsAddressProperty());
        TextField service = Controls.text(prefix + "ServiceAddress", Texts.tr("ui.party.servicePrompt"));
        service.textProperty().bindBidirectional(model.serviceAddressProperty());
        service.disableProperty().bind(same.selectedProperty());
        row(Texts.tr("ui.party.serviceAddress"), false, same, service);
        TextField phone = Controls.text(prefix + "Phone", null);
        phone.textProperty().bindBidirectional(model.phoneProperty());
        row(Texts.tr("ui.party.phone"), phone);

        // show the rows of the chosen kind only
        javafx.beans.value.ChangeListener<PartyKind> kind = (obs, old, now) -> {
            boolean isPerson = now != PartyKind.ORGANIZATION;
            setRowShown(id, isPerson);
            setRowShown(credit, !isPerson);
            setRowShown(legalRep, !isPerson);
        };
        model.kindProperty().addListener(kind);
        kind.changed(null, null, model.kindProperty().get());
    }
}
