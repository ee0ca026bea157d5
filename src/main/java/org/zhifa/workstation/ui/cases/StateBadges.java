package org.zhifa.workstation.ui.cases;

import javafx.scene.control.Label;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.text.Texts;

/** Coloured badges for case states, grouped by stage so the list reads at a glance. */
final class StateBadges {
    private StateBadges() {
    }

    static Label badge(CaseState state) {
        Label label = new Label(Texts.label(state));
        label.getStyleClass().addAll("badge", styleClass(state));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The style class of a state's group: early, review, decided, finished or other. */
    static String styleClass(CaseState state) {
        return switch (state) {
            case LEAD, FILED, INVESTIGATING -> "badge-early";
            case UNDER_REVIEW, NOTICED, HEARING -> "badge-review";
            case DECIDED, SERVED, EXECUTED -> "badge-decided";
            case CLOSED, ARCHIVED -> "badge-finished";
            case NOT_FILED, NO_PENALTY, WITHDRAWN, TRANSFERRED, SUSPENDED, TERMINATED -> "badge-other";
        };
    }
}
