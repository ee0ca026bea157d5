package org.zhifa.workstation.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;

/**
 * The penalty of a proposal or a decision: the types the matter provides (and 没收违法所得, always possible under
 * Art 28 ¶2) as tick boxes, and the amounts of the ticked ones. Ids: {prefix}Type-FINE, {prefix}Fine …
 */
final class PenaltyEditor {
    private final Map<PenaltyType, CheckBox> types = new EnumMap<>(PenaltyType.class);
    private final TextField fine;
    private final TextField gains;
    private final TextField property;
    private final TextField other;
    /** The fine typed, as a number (null when none): for the discretion panel. */
    private final ObjectProperty<BigDecimal> fineValue = new SimpleObjectProperty<>(this, "fineValue");

    PenaltyEditor(String prefix, FormSheet sheet, CatalogMatter matter, String title) {
        Set<PenaltyType> offered = EnumSet.noneOf(PenaltyType.class);
        if (matter == null || matter.penaltyTypes().isEmpty()) {
            offered.addAll(EnumSet.allOf(PenaltyType.class));
        } else {
            offered.addAll(matter.penaltyTypes());
            offered.add(PenaltyType.CONFISCATE_ILLEGAL_GAINS);
        }
        FlowPane boxes = new FlowPane(16, 6);
        boxes.setId(prefix + "Types");
        for (PenaltyType t : offered) {
            CheckBox box = Controls.check(prefix + "Type-" + t.name(), Texts.label(t));
            types.put(t, box);
            boxes.getChildren().add(box);
        }
        sheet.required(title, boxes);
        fine = Controls.money(prefix + "Fine", Texts.tr("ui.form.yuanPrompt"));
        gains = Controls.money(prefix + "Gains", Texts.tr("ui.form.yuanPrompt"));
        property = Controls.money(prefix + "Property", Texts.tr("ui.form.yuanPrompt"));
        other = Controls.text(prefix + "Other", null);
        amountRow(sheet, PenaltyType.FINE, Texts.tr("ui.form.penalty.fine"), fine);
        amountRow(sheet, PenaltyType.CONFISCATE_ILLEGAL_GAINS, Texts.tr("ui.form.penalty.gains"), gains);
        amountRow(sheet, PenaltyType.CONFISCATE_PROPERTY, Texts.tr("ui.form.penalty.property"), property);
        amountRow(sheet, PenaltyType.OTHER, Texts.tr("ui.form.penalty.other"), other);
        fine.textProperty().addListener((obs, old, now) -> fineValue.set(types.containsKey(PenaltyType.FINE)
                && types.get(PenaltyType.FINE).isSelected() ? Controls.amountOf(fine) : null));
        if (types.containsKey(PenaltyType.FINE)) {
            types.get(PenaltyType.FINE).selectedProperty().addListener((obs, old, now) ->
                    fineValue.set(now ? Controls.amountOf(fine) : null));
        }
    }

    private void amountRow(FormSheet sheet, PenaltyType type, String label, TextField field) {
        CheckBox box = types.get(type);
        if (box == null) {
            return;
        }
        field.disableProperty().bind(box.selectedProperty().not());
        sheet.row(label, field);
    }

    /** Fills in a proposal (from the conclusion or the notice). */
    void set(PenaltyTerms p) {
        if (p == null || p.types() == null) {
            return;
        }
        for (PenaltyType t : p.types()) {
            CheckBox box = types.get(t);
            if (box != null) {
                box.setSelected(true);
            }
        }
        fine.setText(plain(p.fine()));
        gains.setText(plain(p.confiscatedGains()));
        property.setText(plain(p.confiscatedProperty()));
        other.setText(p.otherPenalty() == null ? "" : p.otherPenalty());
    }

    /** Selects only a fine of this amount (e.g. the suggested one). */
    void setFine(BigDecimal amount) {
        CheckBox box = types.get(PenaltyType.FINE);
        if (box != null) {
            box.setSelected(true);
            fine.setText(plain(amount));
        }
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    Set<PenaltyType> selectedTypes() {
        Set<PenaltyType> s = EnumSet.noneOf(PenaltyType.class);
        types.forEach((t, box) -> {
            if (box.isSelected()) {
                s.add(t);
            }
        });
        return s;
    }

    PenaltyTerms value() {
        Set<PenaltyType> s = selectedTypes();
        return new PenaltyTerms(s,
                s.contains(PenaltyType.FINE) ? Controls.amountOf(fine) : null,
                s.contains(PenaltyType.CONFISCATE_ILLEGAL_GAINS) ? Controls.amountOf(gains) : null,
                s.contains(PenaltyType.CONFISCATE_PROPERTY) ? Controls.amountOf(property) : null,
                s.contains(PenaltyType.OTHER) && !other.getText().isBlank() ? other.getText().strip() : null);
    }

    List<String> problems(String label) {
        List<String> p = new ArrayList<>();
        Set<PenaltyType> s = selectedTypes();
        if (s.isEmpty()) {
            p.add(Texts.tr("ui.form.missing", label));
        }
        if (s.contains(PenaltyType.FINE) && !positive(Controls.amountOf(fine))) {
            p.add(Texts.tr("ui.form.missing", Texts.tr("ui.form.penalty.fine")));
        }
        if (s.contains(PenaltyType.CONFISCATE_ILLEGAL_GAINS) && !positive(Controls.amountOf(gains))) {
            p.add(Texts.tr("ui.form.missing", Texts.tr("ui.form.penalty.gains")));
        }
        return p;
    }

    private static boolean positive(BigDecimal n) {
        return n != null && n.signum() > 0;
    }

    ObjectProperty<BigDecimal> fineValueProperty() {
        return fineValue;
    }
}
