package org.zhifa.workstation.ui.cases;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.zhifa.workstation.ui.common.Formats;

/**
 * A read-only form in two label/value columns, with full-width rows for long texts. Both label columns are as
 * wide as the widest label; the two value columns share the rest and long values wrap.
 */
final class FormGrid extends GridPane {
    private static final double VALUE_COLUMN_BASE = 80;
    /** Width of one CJK character of a field label (13px font, see .form-grid .field-label in zhifa.css). */
    private static final double LABEL_EM = 13.5;

    private int row;
    private int widestLabel = 2;
    private int column;

    FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setHgrow(Priority.NEVER);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints value = new ColumnConstraints(40, VALUE_COLUMN_BASE, Double.MAX_VALUE);
            value.setHgrow(Priority.ALWAYS);
            value.setFillWidth(true);
            getColumnConstraints().addAll(label, value);
        }
        fitLabelColumns();
    }

    /** Both label columns as wide as the widest label so far, so the labels line up. */
    private void fitLabelColumns() {
        double width = widestLabel * LABEL_EM + 4;
        for (int i = 0; i < 4; i += 2) {
            ColumnConstraints c = getColumnConstraints().get(i);
            c.setMinWidth(width);
            c.setPrefWidth(width);
            c.setMaxWidth(width);
        }
    }

    /** A label/value pair in the next free half row. */
    Label field(String labelText, String value) {
        return field(labelText, value, null);
    }

    Label field(String labelText, String value, String valueId) {
        Label valueLabel = valueLabel(value, valueId);
        put(labelText, valueLabel, 1);
        return valueLabel;
    }

    /** A node (e.g. a badge) in the next free half row. */
    void node(String labelText, Node node) {
        put(labelText, node, 1);
    }

    /** A label/value pair over the whole width, for long texts. */
    Label wide(String labelText, String value) {
        Label valueLabel = valueLabel(value, null);
        if (column != 0) {
            newRow();
        }
        put(labelText, valueLabel, 3);
        return valueLabel;
    }

    private void put(String labelText, Node value, int span) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        if (labelText.codePointCount(0, labelText.length()) > widestLabel) {
            widestLabel = labelText.codePointCount(0, labelText.length());
            fitLabelColumns();
        }
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setValignment(value, VPos.TOP);
        GridPane.setHalignment(value, HPos.LEFT);
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

    /** A wrapping value that never widens its column: it takes the width the grid gives it. */
    private static Label valueLabel(String value, String id) {
        Label label = new Label(Formats.text(value));
        label.getStyleClass().add("field-value");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
