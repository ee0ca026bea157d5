package org.zhifa.workstation.ui.cases;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;

/** A read-only form in two label/value columns, with full-width rows for long texts. */
final class FormGrid extends GridPane {
    private int row;
    private int column;

    FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(72);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setPercentWidth(-1);
            value.setMinWidth(80);
            getColumnConstraints().addAll(label, value);
        }
    }

    /** A label/value pair in the next free half row. */
    Label field(String labelKey, String value) {
        return field(labelKey, value, null);
    }

    Label field(String labelKey, String value, String valueId) {
        Label valueLabel = valueLabel(value, valueId);
        put(labelKey, valueLabel, 1);
        return valueLabel;
    }

    /** A node (e.g. a badge) in the next free half row. */
    void node(String labelKey, Node node) {
        put(labelKey, node, 1);
    }

    /** A label/value pair over the whole width, for long texts. */
    Label wide(String labelKey, String value) {
        Label valueLabel = valueLabel(value, null);
        if (column != 0) {
            newRow();
        }
        put(labelKey, valueLabel, 3);
        return valueLabel;
    }

    private void put(String labelKey, Node value, int span) {
        Label label = new Label(Texts.tr(labelKey));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setValignment(value, VPos.TOP);
        add(label, column, row);
        add(value, column + 1, row, span, 1);
        column += 1 + span;
        if (column >= 4) {
            newRow();
        }
    }

    private void newRow() {
        row++;
        column = 0;
    }

    private static Label valueLabel(String value, String id) {
        Label label = new Label(Formats.text(value));
        label.getStyleClass().add("field-value");
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
