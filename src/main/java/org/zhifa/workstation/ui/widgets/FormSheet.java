package org.zhifa.workstation.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form of labelled rows: the labels right-aligned in one column, the controls taking the rest of the width.
 * Required rows carry a small red mark; a hint or an error can sit under a control. Rows can be hidden and shown
 * again (e.g. the 身份证 row for an organisation) without leaving a gap.
 */
public class FormSheet extends GridPane {
    /** Width of the label column, so that forms on one panel line up. */
    public static final double LABEL_WIDTH = 104;

    /** One row: a label and a value, or one node over both columns (label null). */
    private static final class Row {
        final Node label;
        final Node value;
        final Node control;
        final boolean underOnly;
        boolean shown = true;

        Row(Node label, Node value, Node control, boolean underOnly) {
            this.label = label;
            this.value = value;
            this.control = control;
            this.underOnly = underOnly;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public FormSheet() {
        getStyleClass().add("form-sheet");
        setHgap(12);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);
    }

    /** A row with a label and a control; returns the control. */
    public <T extends Node> T row(String label, T control) {
        return row(label, false, control, null);
    }

    /** A row whose value must be given (the label carries a red mark). */
    public <T extends Node> T required(String label, T control) {
        return row(label, true, control, null);
    }

    /** A row with something under the control (a hint, a live check). */
    public <T extends Node> T row(String label, boolean required, T control, Node below) {
        Label text = new Label(label);
        text.getStyleClass().add("form-label");
        text.setMinWidth(Region.USE_PREF_SIZE);
        Node labelNode = text;
        if (required) {
            Label mark = new Label("*");
            mark.getStyleClass().add("required-mark");
            HBox box = new HBox(2, text, mark);
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setMaxWidth(Region.USE_PREF_SIZE);
            labelNode = box;
        }
        if (control instanceof Control c) {
            text.setLabelFor(c);
            if (c.getMaxWidth() == Region.USE_COMPUTED_SIZE) {
                c.setMaxWidth(Double.MAX_VALUE);
            }
        } else if (control instanceof Region r && r.getMaxWidth() == Region.USE_COMPUTED_SIZE) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        Node value = control;
        if (below != null) {
            VBox stack = new VBox(4, control, below);
            stack.setFillWidth(true);
            value = stack;
        }
        GridPane.setValignment(labelNode, VPos.TOP);
        GridPane.setHalignment(labelNode, HPos.RIGHT);
        GridPane.setMargin(labelNode, new Insets(6, 0, 0, 0));
        GridPane.setHgrow(value, Priority.ALWAYS);
        GridPane.setHalignment(value, HPos.LEFT);
        rows.add(new Row(labelNode, value, control, false));
        relayout();
        return control;
    }

    /** A title line splitting the form into parts. */
    public Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("form-section-title");
        label.setMaxWidth(Double.MAX_VALUE);
        if (!rows.isEmpty()) {
            GridPane.setMargin(label, new Insets(8, 0, 0, 0));
        }
        return full(label);
    }

    /** A node over both columns (a note, a list). */
    public <T extends Node> T full(T node) {
        GridPane.setHgrow(node, Priority.ALWAYS);
        GridPane.setHalignment(node, HPos.LEFT);
        rows.add(new Row(null, node, node, false));
        relayout();
        return node;
    }

    /** A node under the controls only (aligned with them). */
    public <T extends Node> T under(T node) {
        GridPane.setHalignment(node, HPos.LEFT);
        rows.add(new Row(null, node, node, true));
        relayout();
        return node;
    }

    /** Shows or hides the row holding this node (its control, or anything inside the row). */
    public void setRowShown(Node inRow, boolean shown) {
        for (Row r : rows) {
            if (contains(r.value, inRow) || r.control == inRow) {
                if (r.shown != shown) {
                    r.shown = shown;
                    relayout();
                }
                return;
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void relayout() {
        getChildren().clear();
        int index = 0;
        for (Row r : rows) {
            if (!r.shown) {
                continue;
            }
            if (r.label != null) {
                add(r.label, 0, index);
                add(r.value, 1, index);
            } else if (r.underOnly) {
                add(r.value, 1, index);
            } else {
                add(r.value, 0, index, 2, 1);
            }
            index++;
        }
    }
}
