package org.zhifa.workstation.ui.widgets;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Finds a matter of the 执法事项目录 by typing any part of its name or code (or its area, or a provision): the
 * list narrows as one types; each line shows code, name, area, 处罚依据 and the statutory range.
 */
public final class MatterPicker extends VBox {
    private final TextField filter;
    private final ListView<CatalogMatter> list = new ListView<>();
    private final FilteredList<CatalogMatter> shown;
    private final ObjectProperty<CatalogMatter> selected = new SimpleObjectProperty<>(this, "selected");

    public MatterPicker(String idPrefix, List<CatalogMatter> catalog) {
        super(8);
        getStyleClass().add("matter-picker");
        filter = Controls.text(idPrefix + "Filter", Texts.tr("ui.matter.filterPrompt"));
        filter.getStyleClass().add("search-field");
        shown = new FilteredList<>(FXCollections.observableArrayList(catalog), m -> true);
        filter.textProperty().addListener((obs, old, typed) -> shown.setPredicate(m -> MatterTexts.matches(m, typed)));

        Label count = new Label();
        count.setId(idPrefix + "Count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.tr("ui.matter.count", shown.size(), catalog.size()), shown));
        HBox top = new HBox(10, filter, count);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);

        list.setId(idPrefix + "List");
        list.getStyleClass().add("matter-list");
        list.setItems(shown);
        list.setCellFactory(v -> new MatterCell());
        list.setPlaceholder(new Label(Texts.tr("ui.matter.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        getChildren().addAll(top, list);
    }

    public ObjectProperty<CatalogMatter> selectedProperty() {
        return selected;
    }

    public TextField filterField() {
        return filter;
    }

    public ListView<CatalogMatter> list() {
        return list;
    }

    /** One matter: code and area on top, the name, then 处罚依据 and range. */
    private static final class MatterCell extends ListCell<CatalogMatter> {
        @Override
        protected void updateItem(CatalogMatter m, boolean empty) {
            super.updateItem(m, empty);
            setText(null);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            Label code = new Label(m.code());
            code.getStyleClass().add("matter-code");
            code.setMinWidth(Region.USE_PREF_SIZE);
            Label area = new Label(m.area());
            area.getStyleClass().addAll("badge", "badge-neutral");
            area.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Label range = new Label(MatterTexts.range(m));
            range.getStyleClass().add("matter-range");
            range.setMinWidth(Region.USE_PREF_SIZE);
            HBox first = new HBox(8, code, area, grow, range);
            first.setAlignment(Pos.CENTER_LEFT);
            Label name = new Label(m.name());
            name.getStyleClass().add("matter-name");
            name.setWrapText(true);
            Label basis = new Label(Texts.tr("ui.matter.basis", m.penaltyProvision() == null ? "" : m.penaltyProvision()));
            basis.getStyleClass().add("matter-basis");
            basis.setWrapText(true);
            VBox box = new VBox(3, first, name, basis);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            setGraphic(box);
        }
    }
}
