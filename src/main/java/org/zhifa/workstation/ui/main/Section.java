package org.zhifa.workstation.ui.main;

import org.zhifa.workstation.domain.text.Texts;

/** The pages of the left navigation. */
public enum Section {
    CASES("navCases"),
    TASKS("navTasks"),
    EXCHANGE("navExchange"),
    STATS("navStats"),
    SETTINGS("navSettings");

    private final String navId;

    Section(String navId) {
        this.navId = navId;
    }

    /** The id of the navigation button, for tests. */
    public String navId() {
        return navId;
    }

    public String label() {
        return switch (this) {
            case CASES -> Texts.tr("ui.nav.cases");
            case TASKS -> Texts.tr("ui.nav.tasks");
            case EXCHANGE -> Texts.tr("ui.nav.exchange");
            case STATS -> Texts.tr("ui.nav.stats");
            case SETTINGS -> Texts.tr("ui.nav.settings");
        };
    }

    /** The title of the page this section opens. */
    public String pageTitle() {
        return switch (this) {
            case CASES -> Texts.tr("ui.cases.title");
            case TASKS -> Texts.tr("ui.placeholder.tasks.title");
            case EXCHANGE -> Texts.tr("ui.placeholder.exchange.title");
            case STATS -> Texts.tr("ui.placeholder.stats.title");
            case SETTINGS -> Texts.tr("ui.placeholder.settings.title");
        };
    }

    /** What a page not yet built will offer, said plainly; null for the pages that exist (案件, 待办). */
    public String plannedText() {
        return switch (this) {
            case CASES -> null;
            case TASKS -> null;
            case EXCHANGE -> Texts.tr("ui.placeholder.exchange.text");
            case STATS -> Texts.tr("ui.placeholder.stats.text");
            case SETTINGS -> Texts.tr("ui.placeholder.settings.text");
        };
    }
}
