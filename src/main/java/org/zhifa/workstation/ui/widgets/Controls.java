package org.zhifa.workstation.ui.widgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** The controls the forms are made of, each with an id for tests and the look of the stylesheet. */
public final class Controls {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Pattern MONEY = Pattern.compile("\\d{0,9}([.]\\d{0,2})?");
    private static final Pattern TIME = Pattern.compile("\\d{0,2}(:\\d{0,2})?");

    private Controls() {
    }

    public static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }

    public static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        if (prompt != null) {
            area.setPromptText(prompt);
        }
        return area;
    }

    public static CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        return box;
    }

    /** A date picker that shows and reads dates as 2026-03-02. */
    public static DatePicker date(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setShowWeekNumbers(false);
        picker.setPromptText("2026-03-02");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text);
            }
        });
        picker.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        picker.setMaxWidth(180);
        return picker;
    }

    /** The picker's date, taking a date typed into its editor but not yet committed; null when none or invalid. */
    public static LocalDate dateOf(DatePicker picker) {
        commit(picker);
        return picker.getValue();
    }

    private static void commit(DatePicker picker) {
        String typed = picker.getEditor().getText();
        LocalDate parsed = parseDate(typed);
        if (parsed != null && !parsed.equals(picker.getValue())) {
            picker.setValue(parsed);
        } else if ((typed == null || typed.isBlank()) && picker.getValue() != null) {
            picker.setValue(null);
        }
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('/', '-').replace('.', '-');
        try {
            return LocalDate.parse(t, ISO);
        } catch (DateTimeParseException e) {
            try {
                String[] parts = t.split("-");
                if (parts.length == 3) {
                    return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                }
            } catch (RuntimeException ignored) {
                // not a date
            }
            return null;
        }
    }

    /** An amount in yuan: digits with at most two decimals. */
    public static TextField money(String id, String prompt) {
        TextField field = text(id, prompt);
        UnaryOperator<TextFormatter.Change> filter = change -> MONEY.matcher(change.getControlNewText()).matches() ? change : null;
        field.setTextFormatter(new TextFormatter<>(filter));
        field.getStyleClass().add("money-field");
        field.setMaxWidth(180);
        return field;
    }

    /** The amount typed, or null when empty. */
    public static BigDecimal amountOf(TextField field) {
        String t = field.getText();
        if (t == null || t.isBlank() || t.equals(".")) {
            return null;
        }
        try {
            return new BigDecimal(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A time of day typed as 09:30. */
    public static TextField time(String id, String initial) {
        TextField field = text(id, "09:00");
        UnaryOperator<TextFormatter.Change> filter = change -> TIME.matcher(change.getControlNewText()).matches() ? change : null;
        field.setTextFormatter(new TextFormatter<>(filter));
        field.setText(initial);
        field.setPrefColumnCount(5);
        field.setMaxWidth(90);
        return field;
    }

    /** The time typed, or null when empty or not a time. */
    public static LocalTime timeOf(TextField field) {
        String t = field.getText();
        if (t == null || t.isBlank()) {
            return null;
        }
        String[] parts = t.strip().split(":");
        try {
            int h = Integer.parseInt(parts[0]);
            int m = parts.length > 1 && !parts[1].isEmpty() ? Integer.parseInt(parts[1]) : 0;
            return LocalTime.of(h, m);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A choice among values shown by their Chinese labels. */
    public static <T> ComboBox<T> choice(String id, Collection<T> values, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        combo.setVisibleRowCount(12);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    /** A red line that shows a problem text and disappears when it is empty. */
    public static Label problem(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A muted hint under a control. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }
}
