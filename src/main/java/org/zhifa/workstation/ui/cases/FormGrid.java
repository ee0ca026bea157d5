package org.zhifa.workstation.ui.cases;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.ui.common.Formats;

/**
 * A read-only form of label/value pairs. All labels are as wide as the widest one, so they line up. On a wide
 * form short pairs go two to a row (the halves share the width equally), on a narrow one each pair has its own
 * row; long texts always take a whole row, and long values wrap.
 */
final class FormGrid extends VBox {
    /** Width of one CJK character of a field label (13px font, see .form-grid .field-label in zhifa.css). */
    private static final double LABEL_EM = 13.5;
    /** Below this width every pair gets a row of its own. */
    static final double TWO_COLUMN_MIN_WIDTH = 560;
    private static final String VALUE_STYLE = "field-value";

    /** A label and its value; wide entries always take a whole row. */
    private record Entry(Label label, Node value, boolean wide) {
    }

    private double labelWidth = 2 * LABEL_EM + 4;
    private final List<Entry> entries = new ArrayList<>();
    private int widestLabel = 2;
    private Boolean twoColumns;

    FormGrid() {
        super(8);
        getStyleClass().add("form-grid");
        widthProperty().addListener((obs, oldValue, newValue) -> arrange());
        arrange();
    }

    /** A label/value pair; on a wide enough form it shares its row with the next pair. */
    Label field(String labelText, String value) {
        return field(labelText, value, null);
    }

    Label field(String labelText, String value, String valueId) {
        Label valueLabel = valueLabel(value, valueId);
        add(labelText, valueLabel, false);
        return valueLabel;
    }

    /** A node (e.g. a badge) as a value. */
    void node(String labelText, Node node) {
        add(labelText, node, false);
    }

    /** A label/value pair over the whole width, for long texts. */
    Label wide(String labelText, String value) {
        Label valueLabel = valueLabel(value, null);
        add(labelText, valueLabel, true);
        return valueLabel;
    }

    private void add(String labelText, Node value, boolean wide) {
        entries.add(new Entry(label(labelText), value, wide));
        twoColumns = null;
        arrange();
    }

    /** Lays the pairs out in rows: two to a row when the form is wide enough, else one. */
    private void arrange() {
        boolean two = getWidth() >= TWO_COLUMN_MIN_WIDTH;
        if (twoColumns != null && twoColumns == two) {
            return;
        }
        twoColumns = two;
        List<Node> rows = new ArrayList<>();
        FormRow open = null;
        for (Entry e : entries) {
            if (e.wide() || !two) {
                open = null;
                rows.add(new FormRow(e.label(), e.value(), false));
            } else if (open == null) {
                open = new FormRow(e.label(), e.value(), true);
                rows.add(open);
            } else {
                open.second(e.label(), e.value());
                open = null;
            }
        }
        getChildren().setAll(rows);
    }

    private Label label(String labelText) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setAlignment(Pos.TOP_RIGHT);
        widestLabel = Math.max(widestLabel, labelText.codePointCount(0, labelText.length()));
        labelWidth = widestLabel * LABEL_EM + 4;
        requestLayout();
        return label;
    }

    /**
     * One row: a label/value pair over the whole width, or two pairs sharing it equally. It computes its height
     * for the width it is given, so long values wrap instead of being cut off.
     */
    private final class FormRow extends Region {
        private static final double GAP = 12;
        private final boolean halves;
        private final Node[] nodes = new Node[4];

        FormRow(Label label, Node value, boolean halves) {
            this.halves = halves;
            getStyleClass().add("form-row");
            nodes[0] = label;
            nodes[1] = value;
            getChildren().addAll(label, value);
        }

        void second(Label label, Node value) {
            nodes[2] = label;
            nodes[3] = value;
            getChildren().addAll(label, value);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        private double pairWidth(double width) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            return halves ? (inner - GAP * 2) / 2 : inner;
        }

        private double valueWidth(double pairWidth) {
            return Math.max(0, pairWidth - labelWidth - GAP);
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + (labelWidth + GAP + 40) * (halves ? 2 : 1);
        }

        @Override
        protected double computePrefWidth(double height) {
            double value = 0;
            for (int i = 1; i < nodes.length; i += 2) {
                if (nodes[i] != null) {
                    value = Math.max(value, Math.min(nodes[i].prefWidth(-1), 420));
                }
            }
            return snappedLeftInset() + snappedRightInset() + (labelWidth + GAP + value) * (halves ? 2 : 1)
                    + (halves ? GAP * 2 : 0);
        }

        @Override
        protected double computePrefHeight(double width) {
            double pair = width < 0 ? -1 : pairWidth(width);
            double h = 0;
            for (int i = 0; i < nodes.length; i += 2) {
                if (nodes[i] != null) {
                    h = Math.max(h, nodes[i].prefHeight(labelWidth));
                    h = Math.max(h, nodes[i + 1].prefHeight(pair < 0 ? -1 : valueWidth(pair)));
                }
            }
            return snappedTopInset() + snappedBottomInset() + h;
        }

        @Override
        protected void layoutChildren() {
            double pair = pairWidth(getWidth());
            double x = snappedLeftInset();
            double y = snappedTopInset();
            for (int i = 0; i < nodes.length; i += 2) {
                if (nodes[i] != null) {
                    Node label = nodes[i];
                    Node value = nodes[i + 1];
                    double vw = valueWidth(pair);
                    label.resizeRelocate(x, y, labelWidth, label.prefHeight(labelWidth));
                    boolean text = value.getStyleClass().contains(VALUE_STYLE);
                    double w = text ? vw : Math.min(vw, value.prefWidth(-1));
                    double vh = value.prefHeight(w);
                    value.resizeRelocate(x + labelWidth + GAP, y, w, vh);
                }
                x += pair + GAP * 2;
            }
        }
    }

    /** A wrapping value that takes the width its row gives it. */
    private static Label valueLabel(String value, String id) {
        Label label = new Label(Formats.text(value));
        label.getStyleClass().add(VALUE_STYLE);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
