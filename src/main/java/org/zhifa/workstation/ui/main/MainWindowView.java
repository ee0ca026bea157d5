package org.zhifa.workstation.ui.main;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.cases.CaseListView;

/** The main window: navigation on the left, the open page in the middle, a status bar at the bottom. */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final StackPane pageHost = new StackPane();
    private final CaseListView caseListView;

    public MainWindowView(MainWindowViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        setId("mainWindow");
        getStyleClass().add("main-window");
        caseListView = new CaseListView(viewModel.cases(), clock);
        pages.put(Section.CASES, caseListView);

        setLeft(navigation());
        pageHost.setId("pageHost");
        pageHost.getStyleClass().add("page-host");
        setCenter(pageHost);
        setBottom(statusBar());

        viewModel.sectionProperty().addListener((obs, oldValue, newValue) -> showPage(newValue));
        showPage(viewModel.sectionProperty().get());
    }

    private VBox navigation() {
        Label product = new Label(Texts.tr("app.title"));
        product.getStyleClass().add("nav-product");
        product.setWrapText(true);
        VBox nav = new VBox(4, product);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(18, 10, 12, 10));
        nav.setPrefWidth(124);
        nav.setMinWidth(112);

        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.label());
            button.setId(section.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(section.pageTitle()));
            button.setOnAction(event -> viewModel.open(section));
            navButtons.put(section, button);
            nav.getChildren().add(button);
        }
        // a navigation toggle can't be switched off by clicking it again: one page is always open
        group.selectedToggleProperty().addListener((obs, oldValue, newValue) -> {
            if (newValue == null && oldValue != null) {
                oldValue.setSelected(true);
            }
        });
        return nav;
    }

    private HBox statusBar() {
        Label dataDir = new Label(viewModel.dataDirectoryText());
        dataDir.setId("statusDataDir");
        dataDir.getStyleClass().add("status-text");
        dataDir.setMinWidth(0);
        Label count = new Label();
        count.setId("statusCaseCount");
        count.getStyleClass().add("status-text");
        count.textProperty().bind(viewModel.caseCountText());
        count.setMinWidth(Label.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(16, dataDir, grow, count);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showPage(Section section) {
        Node page = pages.computeIfAbsent(section, PlaceholderView::new);
        pageHost.getChildren().setAll(page);
        ToggleButton button = navButtons.get(section);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
    }

    public CaseListView caseListView() {
        return caseListView;
    }
}
