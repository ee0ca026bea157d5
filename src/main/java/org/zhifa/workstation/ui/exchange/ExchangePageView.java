package org.zhifa.workstation.ui.exchange;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.ui.exchange.keys.KeysView;
import org.zhifa.workstation.ui.exchange.keys.KeysViewModel;
import org.zhifa.workstation.ui.exchange.queue.ReviewQueueView;
import org.zhifa.workstation.ui.exchange.queue.ReviewQueueViewModel;
import org.zhifa.workstation.ui.exchange.review.DocumentViewer;
import org.zhifa.workstation.ui.exchange.review.ReviewView;
import org.zhifa.workstation.ui.exchange.review.ReviewViewModel;
import org.zhifa.workstation.ui.exchange.submissions.SubmissionsView;
import org.zhifa.workstation.ui.exchange.submissions.SubmissionsViewModel;

/**
 * The 交换 page: 审核队列 with the review screen for the 法制审核员, 报送记录 for the township's officers, 密钥 for
 * everyone (trusting and revoking for the administrator). Each part is shown only to the roles that use it.
 */
public final class ExchangePageView extends VBox {
    private final ReviewQueueViewModel queue;
    private final ReviewViewModel review;
    private final SubmissionsViewModel submissions;
    private final KeysViewModel keys;
    private final StackPane queueHost = new StackPane();
    private final TabPane tabs = new TabPane();
    private ReviewQueueView queueView;
    private ReviewView reviewView;

    public ExchangePageView(ExchangeServices exchange, Session session, ExchangeTasks tasks, DocumentViewer viewer,
                            Supplier<LocalDate> today, Supplier<Integer> reviewDays) {
        super(8);
        setId("exchangePage");
        setPadding(new Insets(16, 16, 12, 16));
        Label title = new Label(Texts.tr("ui.exchange.title"));
        title.getStyleClass().add("page-title");
        tabs.setId("exchangeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        boolean reviewer = session.hasRole(Role.REVIEWER) || session.hasRole(Role.ADMIN);
        boolean township = session.hasRole(Role.OFFICER) || session.hasRole(Role.LEAD) || session.hasRole(Role.ADMIN);
        queue = reviewer ? new ReviewQueueViewModel(exchange, session, tasks, today, reviewDays) : null;
        review = reviewer ? new ReviewViewModel(exchange, session, tasks, viewer, today) : null;
        submissions = township ? new SubmissionsViewModel(exchange, session, tasks) : null;
        keys = new KeysViewModel(exchange, session, tasks);
        if (reviewer) {
            queueView = new ReviewQueueView(queue, item -> openReview(item.id()));
            reviewView = new ReviewView(review, this::showQueue);
            queueHost.getChildren().setAll(queueView);
            tabs.getTabs().add(tab("tabQueue", Texts.tr("ui.exchange.tab.queue"), queueHost));
        }
        if (township) {
            tabs.getTabs().add(tab("tabSubmissions", Texts.tr("ui.exchange.tab.submissions"), new SubmissionsView(submissions)));
        }
        tabs.getTabs().add(tab("tabKeys", Texts.tr("ui.exchange.tab.keys"), new KeysView(keys)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, tabs);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                refresh();
            }
        });
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    /** Reloads the lists. */
    public void refresh() {
        if (queue != null) {
            queue.refresh();
        }
        if (submissions != null) {
            submissions.refresh();
        }
        keys.refresh();
    }

    /** Opens the review screen of a queue item. */
    public void openReview(long id) {
        review.open(id);
        queueHost.getChildren().setAll(reviewView);
    }

    private void showQueue() {
        queueHost.getChildren().setAll(queueView);
        queue.refresh();
    }

    public ReviewQueueViewModel queue() {
        return queue;
    }

    public ReviewViewModel review() {
        return review;
    }

    public SubmissionsViewModel submissions() {
        return submissions;
    }

    public KeysViewModel keys() {
        return keys;
    }

    public ReviewQueueView queueView() {
        return queueView;
    }

    public ReviewView reviewView() {
        return reviewView;
    }
}
