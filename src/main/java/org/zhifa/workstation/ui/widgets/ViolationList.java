package org.zhifa.workstation.ui.widgets;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Rules a step breaks, each with its rule number, the article and the message: red for what blocks, amber for
 * warnings. Hidden while empty.
 */
public final class ViolationList extends VBox {
    private final boolean blocking;
    private final Label title = new Label();

    public ViolationList(String id, boolean blocking) {
        super(6);
        this.blocking = blocking;
        setId(id);
        getStyleClass().addAll("violation-list", blocking ? "violation-errors" : "violation-warnings");
        title.getStyleClass().add("violation-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        show(List.of(), null);
    }

    /** Shows the violations under a title (null: the default title); hides the list when there are none. */
    public void show(List<Violation> violations, String heading) {
        getChildren().clear();
        boolean any = violations != null && !violations.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        title.setText(heading != null ? heading
                : blocking ? Texts.tr("ui.violations.blockingTitle") : Texts.tr("ui.violations.warningTitle"));
        getChildren().add(title);
        for (Violation v : violations) {
            getChildren().add(item(v));
        }
    }

    /** Shows plain lines (e.g. reasons a registration was refused). */
    public void showLines(List<String> lines, String heading) {
        getChildren().clear();
        boolean any = lines != null && !lines.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        title.setText(heading != null ? heading : Texts.tr("ui.violations.blockingTitle"));
        getChildren().add(title);
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("violation-message");
            l.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(l);
        }
    }

    /** One violation: the rule badge and article on the first line, the message under it. */
    public static VBox item(Violation v) {
        Label rule = new Label(v.rule());
        rule.getStyleClass().addAll("rule-badge", v.blocks() ? "rule-badge-error" : "rule-badge-warning");
        rule.setMinWidth(Region.USE_PREF_SIZE);
        Label article = new Label(v.article());
        article.getStyleClass().add("violation-article");
        article.setWrapText(true);
        article.setMinWidth(0);
        article.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(article, Priority.ALWAYS);
        HBox first = new HBox(8, rule, article);
        first.setAlignment(Pos.TOP_LEFT);
        Label message = new Label(v.message());
        message.getStyleClass().add("violation-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(3, first, message);
        box.getStyleClass().addAll("violation-item", v.blocks() ? "violation-item-error" : "violation-item-warning");
        box.setFillWidth(true);
        return box;
    }

    /** All the texts shown (title, rules, articles, messages), for tests. */
    public String allText() {
        StringBuilder sb = new StringBuilder();
        collect(this, sb);
        return sb.toString();
    }

    private static void collect(javafx.scene.Parent parent, StringBuilder sb) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Label l) {
                sb.append(l.getText()).append('\n');
            } else if (n instanceof javafx.scene.Parent p) {
                collect(p, sb);
            }
        }
    }
}
