package org.zhifa.workstation.ui.casepage;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The stages of the procedure in a row: ✓ for the done ones, the current one highlighted (amber when its next step
 * is blocked today), the rest grey; a skipped stage shows a dash. Each stage has the id {@code stage-<key>} and the
 * style class stage-done / stage-current / stage-todo / stage-skipped.
 */
public final class StageStepper extends HBox {

    public StageStepper() {
        setId("stageStepper");
        getStyleClass().add("stage-stepper");
        setAlignment(Pos.TOP_LEFT);
    }

    public void show(List<Stages.Stage> stages) {
        getChildren().clear();
        int n = 1;
        for (int i = 0; i < stages.size(); i++) {
            Stages.Stage s = stages.get(i);
            if (i > 0) {
                Region line = new Region();
                line.getStyleClass().add("stage-line");
                Stages.Status prev = stages.get(i - 1).status();
                if (prev == Stages.Status.DONE && (s.status() == Stages.Status.DONE || s.status() == Stages.Status.CURRENT)) {
                    line.getStyleClass().add("stage-line-done");
                }
                HBox.setHgrow(line, Priority.ALWAYS);
                line.setMinWidth(8);
                StackPane lineBox = new StackPane(line);
                lineBox.setAlignment(Pos.CENTER);
                lineBox.setPrefHeight(28);
                lineBox.setMaxHeight(28);
                HBox.setHgrow(lineBox, Priority.ALWAYS);
                getChildren().add(lineBox);
            }
            getChildren().add(stage(s, n++));
        }
    }

    private static VBox stage(Stages.Stage s, int number) {
        String mark = switch (s.status()) {
            case DONE -> "✓";
            case SKIPPED -> "–";
            case CURRENT -> s.blocked() ? "!" : Integer.toString(number);
            case TODO -> Integer.toString(number);
        };
        Label dot = new Label(mark);
        dot.getStyleClass().add("stage-dot");
        dot.setMinSize(28, 28);
        dot.setPrefSize(28, 28);
        dot.setMaxSize(28, 28);
        dot.setAlignment(Pos.CENTER);
        Label label = new Label(s.label());
        label.getStyleClass().add("stage-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(5, dot, label);
        box.setAlignment(Pos.TOP_CENTER);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setId("stage-" + s.key());
        box.getStyleClass().addAll("stage", switch (s.status()) {
            case DONE -> "stage-done";
            case CURRENT -> "stage-current";
            case TODO -> "stage-todo";
            case SKIPPED -> "stage-skipped";
        });
        if (s.blocked()) {
            box.getStyleClass().add("stage-blocked");
            Tooltip.install(box, new Tooltip(s.blockedBy().describe()));
        } else if (s.status() == Stages.Status.SKIPPED) {
            Tooltip.install(box, new Tooltip(Texts.tr("ui.stage.skipped")));
        }
        return box;
    }
}
