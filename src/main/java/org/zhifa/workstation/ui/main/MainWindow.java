package org.zhifa.workstation.ui.main;

import java.time.Clock;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.UiServices;
import org.zhifa.workstation.ui.cases.CaseListViewModel;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.dialog.FxDialogService;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.FxBackgroundExecutor;
import org.zhifa.workstation.ui.task.FxDebouncer;

/** Builds the main window on a stage: its view models, views, stylesheet, size and title. */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** The application stylesheet (uses the bundled CJK font). */
    public static final String STYLESHEET = "/org/zhifa/workstation/ui/zhifa.css";

    private final Stage stage;
    private final BackgroundExecutor executor;
    private final MainWindowViewModel viewModel;
    private final MainWindowView view;

    private MainWindow(Stage stage, UiServices services) {
        this.stage = stage;
        this.executor = new FxBackgroundExecutor();
        DialogService dialogs = new FxDialogService(stage);
        CaseListViewModel cases = new CaseListViewModel(services.cases(), services.referenceData(), executor, dialogs,
                new FxDebouncer(FxDebouncer.SEARCH_DELAY));
        this.viewModel = new MainWindowViewModel(cases, services.dataDirectory());
        this.view = new MainWindowView(viewModel, Clock.systemDefaultZone());
    }

    /** Builds the window on {@code stage}, shows it and starts loading the case list. Call on the FX thread. */
    public static MainWindow open(Stage stage, UiServices services) {
        Objects.requireNonNull(services);
        MainWindow window = new MainWindow(stage, services);
        Scene scene = new Scene(window.view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.tr("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(event -> window.dispose());
        stage.show();
        window.viewModel.start();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowView view() {
        return view;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /** Stops background work; idempotent. */
    public void dispose() {
        viewModel.dispose();
        executor.shutdown();
    }
}
