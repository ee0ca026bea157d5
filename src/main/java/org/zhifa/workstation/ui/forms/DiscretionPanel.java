package org.zhifa.workstation.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.discretion.CircumstanceRules;
import org.zhifa.workstation.domain.discretion.DiscretionEngine;
import org.zhifa.workstation.domain.discretion.DiscretionIssue;
import org.zhifa.workstation.domain.discretion.DiscretionRequest;
import org.zhifa.workstation.domain.discretion.DiscretionResult;
import org.zhifa.workstation.domain.discretion.NoPenaltyAdvice;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;

/**
 * The 裁量 panel: tick the circumstances and it shows the tier, the allowed range, the suggested fine and the
 * sentence the decision will carry (the discretion engine). A fine outside the tier asks for a written reason
 * (Art 34); a fine the law does not allow is named in red. Ids start with the prefix: {prefix}Tier, {prefix}Range …
 */
final class DiscretionPanel {
    private final FormSheet sheet;
    private final CatalogMatter matter;
    private final PartyKind partyKind;
    private final ObjectProperty<BigDecimal> fine;
    private final Map<Circumstance, CheckBox> boxes = new EnumMap<>(Circumstance.class);
    private final CheckBox mitigation;
    private final TextField fineBase;
    private final Label tier = new Label();
    private final Label range = new Label();
    private final Label statutory = new Label();
    private final Label suggested = new Label();
    private final Button useSuggested = new Button(Texts.tr("ui.discretion.useSuggested"));
    private final VBox issues = new VBox(3);
    private final TextArea departure;
    private final TextArea statement;
    private final ObjectProperty<DiscretionResult> result = new SimpleObjectProperty<>(this, "result");
    private boolean writingStatement;
    private boolean statementEdited;

    DiscretionPanel(String prefix, FormSheet sheet, CatalogMatter matter, PartyKind partyKind, Set<Circumstance> initial,
                    ObjectProperty<BigDecimal> fine, boolean withStatement, Consumer<BigDecimal> onUseSuggested) {
        this.sheet = sheet;
        this.matter = matter;
        this.partyKind = partyKind;
        this.fine = fine;
        sheet.section(Texts.tr("ui.discretion.title"));
        sheet.full(group(prefix, Texts.tr("ui.discretion.group.mitigating"), mitigating()));
        sheet.full(group(prefix, Texts.tr("ui.discretion.group.minor"), minor()));
        sheet.full(group(prefix, Texts.tr("ui.discretion.group.aggravating"), List.copyOf(CircumstanceRules.AGGRAVATING)));
        initial.forEach(c -> boxes.get(c).setSelected(true));
        mitigation = Controls.check(prefix + "Mitigation", Texts.tr("ui.discretion.mitigation"));
        sheet.full(mitigation);
        fineBase = Controls.money(prefix + "FineBase", Texts.tr("ui.form.yuanPrompt"));
        if (matter != null && (matter.fineKind() == FineKind.MULTIPLE || matter.fineKind() == FineKind.PER_UNIT)) {
            sheet.row(Texts.tr("ui.discretion.fineBase", matter.fineUnit() == null ? "" : matter.fineUnit()), fineBase);
        }

        tier.setId(prefix + "Tier");
        tier.getStyleClass().addAll("badge", "badge-early", "tier-badge");
        range.setId(prefix + "Range");
        range.getStyleClass().add("discretion-range");
        statutory.setId(prefix + "Statutory");
        statutory.getStyleClass().add("muted");
        suggested.setId(prefix + "Suggested");
        suggested.getStyleClass().add("discretion-suggested");
        useSuggested.setId(prefix + "UseSuggested");
        useSuggested.getStyleClass().add("link-button");
        useSuggested.setOnAction(e -> {
            DiscretionResult r = result.get();
            if (r != null && r.suggestedFine() != null) {
                onUseSuggested.accept(r.suggestedFine());
            }
        });
        issues.setId(prefix + "Issues");
        GridPane box = new GridPane();
        box.getStyleClass().add("discretion-result");
        box.setHgap(10);
        box.setVgap(6);
        box.addRow(0, label(Texts.tr("ui.discretion.tier")), tier);
        box.addRow(1, label(Texts.tr("ui.discretion.range")), range);
        box.addRow(2, label(Texts.tr("ui.discretion.statutory")), statutory);
        HBox suggestion = new HBox(10, suggested, useSuggested);
        suggestion.setAlignment(Pos.CENTER_LEFT);
        box.addRow(3, label(Texts.tr("ui.discretion.suggested")), suggestion);
        box.add(issues, 0, 4, 2, 1);
        sheet.full(box);

        departure = Controls.area(prefix + "DepartureReason", Texts.tr("ui.discretion.departurePrompt"), 2);
        Label departureHint = Controls.hint(Texts.tr("ui.discretion.departureHint"));
        sheet.row(Texts.tr("ui.discretion.departure"), true, departure, departureHint);
        statement = Controls.area(prefix + "Statement", null, 4);
        if (withStatement) {
            sheet.row(Texts.tr("ui.discretion.statement"), true, statement,
                    Controls.hint(Texts.tr("ui.discretion.statementHint")));
            statement.textProperty().addListener((obs, old, now) -> {
                if (!writingStatement) {
                    statementEdited = true;
                }
            });
        }
        showDeparture(false);

        boxes.values().forEach(b -> b.selectedProperty().addListener((obs, o, n) -> recompute()));
        mitigation.selectedProperty().addListener((obs, o, n) -> recompute());
        fineBase.textProperty().addListener((obs, o, n) -> recompute());
        fine.addListener((obs, o, n) -> recompute());
        departure.textProperty().addListener((obs, o, n) -> recompute());
        recompute();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        return l;
    }

    private static List<Circumstance> mitigating() {
        List<Circumstance> list = new ArrayList<>();
        for (Circumstance c : Circumstance.values()) {
            if (CircumstanceRules.MANDATORY_MITIGATION.contains(c) || CircumstanceRules.OPTIONAL_MITIGATION.contains(c)) {
                list.add(c);
            }
        }
        return list;
    }

    private static List<Circumstance> minor() {
        List<Circumstance> list = new ArrayList<>();
        for (Circumstance c : Circumstance.values()) {
            if (!CircumstanceRules.MANDATORY_MITIGATION.contains(c) && !CircumstanceRules.OPTIONAL_MITIGATION.contains(c)
                    && !CircumstanceRules.AGGRAVATING.contains(c)) {
                list.add(c);
            }
        }
        return list;
    }

    private VBox group(String prefix, String title, List<Circumstance> cs) {
        Label heading = new Label(title);
        heading.getStyleClass().add("circumstance-group");
        VBox box = new VBox(4, heading);
        for (Circumstance c : cs) {
            CheckBox b = Controls.check(prefix + "Circ-" + c.name(), Texts.label(c));
            boxes.put(c, b);
            box.getChildren().add(b);
        }
        return box;
    }

    Set<Circumstance> circumstances() {
        Set<Circumstance> s = EnumSet.noneOf(Circumstance.class);
        boxes.forEach((c, b) -> {
            if (b.isSelected()) {
                s.add(c);
            }
        });
        return s;
    }

    private void recompute() {
        if (matter == null) {
            result.set(null);
            tier.setText(Texts.tr("ui.discretion.noMatter"));
            return;
        }
        DiscretionRequest request = DiscretionRequest.of(matter, partyKind, circumstances())
                .proposing(fine.get()).withFineBase(Controls.amountOf(fineBase))
                .withDepartureReason(departure.getText());
        if (mitigation.isSelected()) {
            request = request.choosingMitigation();
        }
        DiscretionResult r = DiscretionEngine.assess(request);
        result.set(r);
        tier.setText(Texts.label(r.tier()));
        range.setText(r.rangeMax() == null ? Texts.tr("ui.discretion.noRange")
                : Texts.tr("ui.discretion.rangeValue", Formats.money(r.rangeMin()), Formats.money(r.rangeMax())));
        statutory.setText(r.statutoryMax() == null ? Texts.tr("ui.discretion.noRange")
                : Texts.tr("ui.discretion.rangeValue", Formats.money(r.statutoryMin()), Formats.money(r.statutoryMax())));
        suggested.setText(r.suggestedFine() == null ? Formats.none() : Formats.money(r.suggestedFine()));
        useSuggested.setDisable(r.suggestedFine() == null);
        issues.getChildren().clear();
        if (r.noPenalty() == NoPenaltyAdvice.MUST) {
            issues.getChildren().add(issue(Texts.tr("ui.discretion.noPenaltyMust"), true));
        } else if (r.noPenalty() == NoPenaltyAdvice.MAY) {
            issues.getChildren().add(issue(Texts.tr("ui.discretion.noPenaltyMay"), false));
        }
        for (DiscretionIssue i : r.issues()) {
            issues.getChildren().add(issue(issueText(i, r), i.unlawful()));
        }
        showDeparture(r.departure());
        if (!statementEdited) {
            writingStatement = true;
            statement.setText(r.sentence());
            writingStatement = false;
        }
    }

    private static String issueText(DiscretionIssue i, DiscretionResult r) {
        return switch (i) {
            case ABOVE_STATUTORY_MAX -> Texts.tr("ui.discretion.issue.aboveMax", Formats.money(r.statutoryMax()));
            case BELOW_STATUTORY_MIN -> Texts.tr("ui.discretion.issue.belowMin", Formats.money(r.statutoryMin()));
            case MITIGATION_REQUIRED -> Texts.tr("ui.discretion.issue.mitigationRequired");
            case NO_PENALTY_MANDATORY -> Texts.tr("ui.discretion.issue.noPenalty");
            case OUTSIDE_TIER -> Texts.tr("ui.discretion.issue.outsideTier", Formats.money(r.rangeMin()),
                    Formats.money(r.rangeMax()));
        };
    }

    private static Label issue(String text, boolean unlawful) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(unlawful ? "field-problem" : "field-warning");
        return l;
    }

    private void showDeparture(boolean shown) {
        sheet.setRowShown(departure, shown);
    }

    DiscretionResult result() {
        return result.get();
    }

    /** The departure reason when the fine leaves the tier, else null. */
    String departureReason() {
        DiscretionResult r = result.get();
        return r != null && r.departure() && !departure.getText().isBlank() ? departure.getText().strip() : null;
    }

    String statement() {
        return statement.getText() == null || statement.getText().isBlank() ? null : statement.getText().strip();
    }

    boolean mitigationChosen() {
        return mitigation.isSelected();
    }

    /** Problems before sending: a departure without its reason, an empty statement. */
    List<String> problems(boolean withStatement) {
        List<String> p = new ArrayList<>();
        DiscretionResult r = result.get();
        if (r != null && r.departureReasonMissing()) {
            p.add(Texts.tr("ui.discretion.departureMissing"));
        }
        if (withStatement && statement() == null) {
            p.add(Texts.tr("ui.form.missing", Texts.tr("ui.discretion.statement")));
        }
        return p;
    }
}
