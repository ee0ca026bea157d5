package org.zhifa.workstation.ui.widgets;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The rows of a 当场处罚's penalty on a form: 警告 or 罚款 with the amount, the live Art 51 limit, and 当场收缴 with
 * the receipt number (offered only up to ¥100). Ids: onsiteWarning, onsiteFine, onsiteAmount, onsiteLimit,
 * onsiteLimitProblem, onsiteCollect, onsiteReceipt.
 */
public final class OnSitePenaltyEditor {

    private OnSitePenaltyEditor() {
    }

    public static void addTo(FormSheet sheet, OnSitePenaltyModel model) {
        ToggleGroup kinds = new ToggleGroup();
        RadioButton warning = new RadioButton(Texts.label(PenaltyType.WARNING));
        warning.setId("onsiteWarning");
        warning.setToggleGroup(kinds);
        RadioButton fine = new RadioButton(Texts.label(PenaltyType.FINE));
        fine.setId("onsiteFine");
        fine.setToggleGroup(kinds);
        (model.fineProperty().get() ? fine : warning).setSelected(true);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.fineProperty().set(now == fine);
            }
        });
        sheet.required(Texts.tr("ui.onsite.penaltyKind"), new HBox(18, warning, fine));

        TextField amount = Controls.money("onsiteAmount", Texts.tr("ui.form.yuanPrompt"));
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.disableProperty().bind(model.fineProperty().not());
        Label limit = new Label();
        limit.setId("onsiteLimit");
        limit.getStyleClass().add("field-hint");
        limit.textProperty().bind(model.limitTextProperty());
        Label problem = Controls.problem("onsiteLimitProblem", model.limitProblemProperty());
        sheet.row(Texts.tr("ui.onsite.amount"), true, amount, new VBox(2, limit, problem));

        CheckBox collect = Controls.check("onsiteCollect", Texts.tr("ui.onsite.collect"));
        collect.selectedProperty().bindBidirectional(model.collectOnSiteProperty());
        collect.disableProperty().bind(model.collectionAllowedProperty().not());
        Label collectHint = Controls.hint(Texts.tr("ui.onsite.collectHint"));
        TextField receipt = Controls.text("onsiteReceipt", Texts.tr("ui.onsite.receiptPrompt"));
        receipt.textProperty().bindBidirectional(model.receiptNumberProperty());
        receipt.visibleProperty().bind(model.collectOnSiteProperty());
        receipt.managedProperty().bind(receipt.visibleProperty());
        sheet.row(Texts.tr("ui.onsite.collection"), false, collect, new VBox(4, collectHint, receipt));
    }
}
