package org.zhifa.workstation.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;

/** An honest page for a function that is not built yet: what it will do, and that it comes later. */
final class PlaceholderView extends VBox {

    PlaceholderView(Section section) {
        super(12);
        setId("placeholder-" + section.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("placeholder-page");
        setAlignment(Pos.CENTER);

        Label title = new Label(section.pageTitle());
        title.getStyleClass().add("placeholder-title");
        Label later = new Label(Texts.tr("ui.placeholder.later"));
        later.setId("placeholderLater");
        later.getStyleClass().add("placeholder-later");
        Label text = new Label(section.plannedText());
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        getChildren().addAll(title, later, text);
    }
}
