package org.zhifa.workstation.ui.cases;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

    /** A label and its value; wide entries always take a whole row. */
    private record Entry(HBox pair, boolean wide) {
    }

    private final List<Label> labels = new ArrayList<>();
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
        entries.add(new Entry(pair(labelText, value), wide));
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
        HBox open = null;
        for (Entry e : entries) {
            if (e.wide() || !two) {
                open = null;
                HBox row = row(e.pair());
                rows.add(row);
            } else if (open == null) {
                open = row(e.pair(), filler());
                rows.add(open);
            } else {
                open.getChildren().set(1, e.pair());
                open = null;
            }
        }
        getChildren().setAll(rows);
    }

    private static HBox row(Node... children) {
        for (Node child : children) {
            HBox.setHgrow(child, Priority.ALWAYS);
            if (child instanceof HBox box) {
                box.setPrefWidth(0);
                box.setMaxWidth(Double.MAX_VALUE);
            }
        }
        HBox row = new HBox(12, children);
        row.getStyleClass().add("form-row");
        return row;
    }

    /** An empty second half that keeps a lone pair at half width. */
    private static HBox filler() {
        return new HBox();
    }

    private HBox pair(String labelText, Node value) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setAlignment(Pos.TOP_RIGHT);
        labels.add(label);
        widestLabel = Math.max(widestLabel, labelText.codePointCount(0, labelText.length()));
        double width = widestLabel * LABEL_EM + 4;
        for (Label l : labels) {
            l.setMinWidth(width);
            l.setPrefWidth(width);
            l.setMaxWidth(width);
        }
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox pair = new HBox(12, label, value);
        pair.setAlignment(Pos.TOP_LEFT);
        pair.getStyleClass().add("form-pair");
        return pair;
    }

    /** A wrapping value that takes the width its row gives it. */
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
