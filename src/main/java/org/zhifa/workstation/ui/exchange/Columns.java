package org.zhifa.workstation.ui.exchange;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only text columns for the exchange tables. */
public final class Columns {
    /** The colour of an overdue date or a veto. */
    public static final String ALERT_STYLE = "-fx-text-fill: #a11d1d; -fx-font-weight: bold;";

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** A table with its placeholder text, growing with the page. */
    public static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("case-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add("table-placeholder");
        table.setPlaceholder(empty);
        return table;
    }
}
