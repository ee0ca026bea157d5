package org.zhifa.workstation.ui.print;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.zhifa.workstation.domain.text.Texts;

/**
 * A progress bar with what the work is doing and 取消, shown while a {@link TaskProgress} runs; afterwards the
 * line says how it ended. Ids: {@code <prefix>Bar}, {@code <prefix>Text}, {@code <prefix>Cancel}.
 */
public final class ProgressPanel extends HBox {
    private final ProgressBar bar = new ProgressBar();

    public ProgressPanel(String idPrefix, TaskProgress progress) {
        super(10);
        setId(idPrefix);
        getStyleClass().add("progress-panel");
        setAlignment(Pos.CENTER_LEFT);
        bar.setId(idPrefix + "Bar");
        bar.setPrefWidth(180);
        bar.setMinWidth(100);
        bar.progressProperty().bind(progress.progressProperty());
        bar.visibleProperty().bind(progress.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label text = new Label();
        text.setId(idPrefix + "Text");
        text.getStyleClass().add("muted");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.textProperty().bind(progress.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button cancel = new Button(Texts.tr("print.cancel"));
        cancel.setId(idPrefix + "Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(progress.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> progress.cancel());
        getChildren().addAll(bar, text, cancel);
        visibleProperty().bind(progress.runningProperty().or(progress.messageProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    public ProgressBar bar() {
        return bar;
    }
}
