package org.zhifa.workstation.ui.main;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.casepage.CasePageView;
import org.zhifa.workstation.ui.casepage.CasePageViewModel;
import org.zhifa.workstation.ui.cases.CaseListView;
import org.zhifa.workstation.ui.newcase.NewCaseWizardView;
import org.zhifa.workstation.ui.onsite.OnSiteView;
import org.zhifa.workstation.ui.todo.TodoView;

/**
 * The main window: navigation on the left, the open page in the middle, a status bar at the bottom with who is
 * logged in. The 案件 page shows the case list, the 新建案件 wizard, the 当场处罚 screen or a case page.
 */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final StackPane pageHost = new StackPane();
    private final StackPane casesHost = new StackPane();
    private final CaseListView caseListView;
    private final CasePageView casePageView;
    private final TodoView todoView;
    private Node caseScreenNode;

    public MainWindowView(MainWindowViewModel viewModel, Clock clock, Runnable onLogout) {
        this.viewModel = viewModel;
        setId("mainWindow");
        getStyleClass().add("main-window");
        caseListView = new CaseListView(viewModel.cases(), clock);
        caseListView.setOnOpenCase(viewModel::openCase);
        caseListView.setOnNewCase(this::showNewCase);
        caseListView.setOnOnSite(this::showOnSite);
        casePageView = new CasePageView(viewModel.casePage(), viewModel::showList);
        todoView = new TodoView(viewModel.todo(), viewModel::openCase);
        casesHost.setId("casesHost");
        pages.put(Section.CASES, casesHost);
        pages.put(Section.TASKS, todoView);

        setLeft(navigation());
        pageHost.setId("pageHost");
        pageHost.getStyleClass().add("page-host");
        setCenter(pageHost);
        setBottom(statusBar(onLogout));

        viewModel.sectionProperty().addListener((obs, oldValue, newValue) -> showPage(newValue));
        viewModel.caseScreenProperty().addListener((obs, oldValue, newValue) -> showCaseScreen(newValue));
        showCaseScreen(viewModel.caseScreenProperty().get());
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
            button.setOnAction(event -> {
                if (section == Section.CASES && viewModel.sectionProperty().get() == Section.CASES
                        && viewModel.caseScreenProperty().get() == MainWindowViewModel.CaseScreen.CASE) {
                    viewModel.showList();
                }
                viewModel.open(section);
            });
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

    private HBox statusBar(Runnable onLogout) {
        Label user = new Label();
        user.setId("statusUser");
        user.getStyleClass().addAll("status-text", "status-user");
        user.textProperty().bind(viewModel.userTextProperty());
        user.setMinWidth(Label.USE_PREF_SIZE);
        Button logout = new Button(Texts.tr("ui.status.logout"));
        logout.setId("logoutButton");
        logout.getStyleClass().add("status-button");
        logout.setOnAction(e -> onLogout.run());
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
        HBox bar = new HBox(14, user, logout, dataDir, grow, count);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts a section's page in place (before or after the window shows). */
    public void setPage(Section section, Node page) {
        pages.put(section, page);
        if (viewModel.sectionProperty().get() == section) {
            showPage(section);
        }
    }

    private void showPage(Section section) {
        Node page = pages.computeIfAbsent(section, PlaceholderView::new);
        pageHost.getChildren().setAll(page);
        ToggleButton button = navButtons.get(section);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
    }

    private void showCaseScreen(MainWindowViewModel.CaseScreen screen) {
        switch (screen) {
            case LIST -> setCaseScreen(caseListView);
            case CASE -> setCaseScreen(casePageView);
            case NEW_CASE, ON_SITE -> {
                // built when opened (see showNewCase / showOnSite)
            }
        }
    }

    private void setCaseScreen(Node node) {
        if (node != casePageView) {
            casePageView.closeForm();
        }
        caseScreenNode = node;
        casesHost.getChildren().setAll(node);
    }

    /** Opens the 新建案件 wizard (after the catalog and officers are loaded). */
    public void showNewCase() {
        viewModel.withReference(reference -> {
            NewCaseWizardView wizard = new NewCaseWizardView(viewModel.newCase(reference), viewModel::showList,
                    created -> viewModel.openCase(created.caseNo()));
            setCaseScreen(wizard);
            viewModel.caseScreenProperty().set(MainWindowViewModel.CaseScreen.NEW_CASE);
            viewModel.open(Section.CASES);
        });
    }

    /** Opens the one-screen 当场处罚. */
    public void showOnSite() {
        viewModel.withReference(reference -> {
            OnSiteView onSite = new OnSiteView(viewModel.onSite(reference), viewModel::showList,
                    (caseNo, warnings) -> onSiteDone(caseNo, warnings));
            setCaseScreen(onSite);
            viewModel.caseScreenProperty().set(MainWindowViewModel.CaseScreen.ON_SITE);
            viewModel.open(Section.CASES);
        });
    }

    private void onSiteDone(String caseNo, List<Violation> warnings) {
        viewModel.openCase(caseNo);
        viewModel.casePage().announce(new CasePageViewModel.Saved(ActionType.ON_SITE_DECIDED, 1, warnings));
    }

    public CaseListView caseListView() {
        return caseListView;
    }

    public CasePageView casePageView() {
        return casePageView;
    }

    public TodoView todoView() {
        return todoView;
    }

    /** What the 案件 page shows now. */
    public Node caseScreenNode() {
        return caseScreenNode;
    }
}
