package org.zhifa.workstation.ui.widgets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.zhifa.workstation.domain.officer.Officer;

/**
 * Several officers ticked from a list (a 笔录's officers, the attendees of a 集体讨论). Officers who may not act on
 * the day are shown greyed with the reason and cannot be ticked.
 */
public final class OfficerChecklist extends FlowPane {
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final SimpleIntegerProperty count = new SimpleIntegerProperty(this, "count", 0);

    public OfficerChecklist(String id, List<Officer> officers, LocalDate day, boolean checkCertificates) {
        super(18, 8);
        setId(id);
        getStyleClass().add("officer-checklist");
        InvalidationListener recount = obs -> count.set((int) boxes.values().stream().filter(CheckBox::isSelected).count());
        for (Officer o : officers) {
            OfficerEligibility e = OfficerEligibility.of(o, day);
            CheckBox box = new CheckBox(OfficerEligibility.display(o));
            box.setId(id + "-" + o.code());
            box.selectedProperty().addListener(recount);
            HBox item = new HBox(6, box);
            item.setAlignment(Pos.CENTER_LEFT);
            if (checkCertificates && !e.eligible()) {
                box.setDisable(true);
                Label reason = new Label(e.reason());
                reason.getStyleClass().add("officer-reason");
                item.getChildren().add(reason);
                item.getStyleClass().add("officer-unavailable");
                if (o.certificate() != null && o.certificate().statusNote() != null) {
                    Tooltip.install(item, new Tooltip(o.certificate().statusNote()));
                }
            }
            boxes.put(o.code(), box);
            getChildren().add(item);
        }
    }

    /** Ticks these officers (those that can be ticked). */
    public void select(Collection<String> codes) {
        for (String code : codes) {
            CheckBox box = boxes.get(code);
            if (box != null && !box.isDisabled()) {
                box.setSelected(true);
            }
        }
    }

    /** The codes of the ticked officers, in list order. */
    public List<String> selected() {
        List<String> codes = new ArrayList<>();
        boxes.forEach((code, box) -> {
            if (box.isSelected()) {
                codes.add(code);
            }
        });
        return codes;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count;
    }
}
