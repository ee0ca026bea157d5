package org.zhifa.workstation.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Read-only tables of records: text columns and rows marked by a style class. */
public final class Tables {
    private Tables() {
    }

    /** A column showing a text of each row, not sortable (the rows come in their meaningful order). */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Gives the rows that satisfy {@code marked} the style class (e.g. red for overdue or veto rows). */
    public static <T> void markRows(TableView<T> table, Predicate<T> marked, String styleClass) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(styleClass);
                if (!empty && item != null && marked.test(item)) {
                    getStyleClass().add(styleClass);
                }
            }
        });
    }
}
