package org.zhifa.workstation.ui.widgets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.zhifa.workstation.domain.officer.Officer;

/**
 * A choice of one officer. When it checks certificates, officers who may not act on the day are listed greyed
 * with the reason (暂扣, 注销, 已过期, 协管员) and cannot be chosen.
 */
public final class OfficerPicker extends ComboBox<Officer> {
    private final LocalDate day;
    private final boolean checkCertificates;

    public OfficerPicker(String id, List<Officer> officers, LocalDate day, boolean checkCertificates) {
        super(FXCollections.observableArrayList(officers));
        this.day = Objects.requireNonNull(day);
        this.checkCertificates = checkCertificates;
        setId(id);
        getStyleClass().add("officer-picker");
        setVisibleRowCount(12);
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Officer o) {
                return o == null ? "" : OfficerEligibility.display(o);
            }

            @Override
            public Officer fromString(String s) {
                return null;
            }
        });
        setCellFactory(list -> new OfficerCell());
        // a greyed officer can't be chosen, not even with the keyboard
        valueProperty().addListener((obs, old, now) -> {
            if (now != null && !selectable(now)) {
                setValue(old != null && selectable(old) ? old : null);
            }
        });
    }

    public boolean selectable(Officer o) {
        return !checkCertificates || OfficerEligibility.of(o, day).eligible();
    }

    /** Selects the officer with this code when it is in the list and may be chosen. */
    public void selectCode(String code) {
        getItems().stream().filter(o -> o.code().equals(code) && selectable(o)).findFirst().ifPresent(this::setValue);
    }

    /** The chosen officer's code, or null. */
    public String code() {
        return getValue() == null ? null : getValue().code();
    }

    private final class OfficerCell extends ListCell<Officer> {
        @Override
        protected void updateItem(Officer o, boolean empty) {
            super.updateItem(o, empty);
            getStyleClass().remove("officer-unavailable");
            setTooltip(null);
            if (empty || o == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                return;
            }
            OfficerEligibility e = OfficerEligibility.of(o, day);
            Label name = new Label(OfficerEligibility.display(o));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Label reason = new Label(checkCertificates ? e.reason() : "");
            reason.getStyleClass().add("officer-reason");
            HBox row = new HBox(10, name, grow, reason);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            boolean off = checkCertificates && !e.eligible();
            setDisable(off);
            if (off) {
                getStyleClass().add("officer-unavailable");
                if (o.certificate() != null && o.certificate().statusNote() != null) {
                    setTooltip(new Tooltip(o.certificate().statusNote()));
                }
            }
        }
    }
}
