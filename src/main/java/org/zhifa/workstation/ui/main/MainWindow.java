package org.zhifa.workstation.ui.main;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.UiServices;
import org.zhifa.workstation.ui.casepage.CaseDocumentsViewModel;
import org.zhifa.workstation.ui.audit.CaseAuditView;
import org.zhifa.workstation.ui.audit.CaseAuditViewModel;
import org.zhifa.workstation.ui.casepage.CasePageViewModel;
import org.zhifa.workstation.ui.cases.CaseListViewModel;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.dialog.FxDialogService;
import org.zhifa.workstation.ui.exchange.ExchangePageView;
import org.zhifa.workstation.ui.exchange.ExchangeTasks;
import org.zhifa.workstation.ui.exchange.review.PreviewDocumentViewer;
import org.zhifa.workstation.ui.print.DocumentPrinting;
import org.zhifa.workstation.ui.stats.StatsView;
import org.zhifa.workstation.ui.stats.StatsViewModel;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.FxBackgroundExecutor;
import org.zhifa.workstation.ui.task.FxDebouncer;
import org.zhifa.workstation.ui.todo.TodoViewModel;

/**
 * Builds the main window on a stage for a logged-in user: its view models, views, stylesheet, size and title.
 * The session's officer is the actor of every step the window performs.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** The application stylesheet (uses the bundled CJK font). */
    public static final String STYLESHEET = "/org/zhifa/workstation/ui/zhifa.css";
    /** Loaded before {@link #STYLESHEET}: the fonts, the colours and the login page (all the login screen uses). */
    public static final String BASE_STYLESHEET = "/org/zhifa/workstation/ui/base.css";

    private final Stage stage;
    private final BackgroundExecutor executor;
    private final MainWindowViewModel viewModel;
    private final MainWindowView view;
    private boolean disposed;

    private MainWindow(Stage stage, UiServices services, Session session, Runnable onLogout) {
        this.stage = stage;
        this.executor = new FxBackgroundExecutor();
        DialogService dialogs = new FxDialogService(stage);
        FailureReporter failures = new FailureReporter(dialogs);
        Supplier<LocalDate> today = () -> LocalDate.now(services.clock());
        CaseListViewModel cases = new CaseListViewModel(services.cases(), services.referenceData(), executor, dialogs,
                new FxDebouncer(FxDebouncer.SEARCH_DELAY));
        CaseDocumentsViewModel caseDocuments = new CaseDocumentsViewModel(services.documents(),
                new DocumentPrinting(services.printer(), executor, dialogs, Platform::runLater), executor, dialogs);
        CasePageViewModel casePage = new CasePageViewModel(services.cases(), services.referenceData(),
                services.evidenceFiles(), services.settings(), session, executor, failures, today, caseDocuments);
        TodoViewModel todo = new TodoViewModel(services.cases(), executor, failures, today);
        this.viewModel = new MainWindowViewModel(cases, casePage, todo, services.cases(), services.referenceData(),
                executor, failures, session, today, services.dataDirectory());
        this.view = new MainWindowView(viewModel, services.clock(), onLogout);
        view.setPage(Section.EXCHANGE, new ExchangePageView(services.exchange(), session, new ExchangeTasks(executor, dialogs),
                new PreviewDocumentViewer(executor, dialogs, stage), today, () -> services.settings().get().reviewDays()));
        FileExport export = new FileExport(executor, dialogs, failures);
        view.setPage(Section.STATS, new StatsView(new StatsViewModel(services.statistics(), services.referenceData(),
                executor, failures, export, today)));
        view.casePageView().setAuditPanel((caseNo, close) -> new CaseAuditView(new CaseAuditViewModel(
                services.review().caseFileAudit(), executor, failures, export), caseNo, close));
    }

    /** The stylesheets of the main window and its dialogs, in order. */
    public static java.util.List<String> stylesheets() {
        return java.util.List.of(resource(BASE_STYLESHEET), resource(STYLESHEET));
    }

    /** The stylesheet of the login screen. */
    public static String loginStylesheet() {
        return resource(BASE_STYLESHEET);
    }

    private static String resource(String path) {
        return Objects.requireNonNull(MainWindow.class.getResource(path)).toExternalForm();
    }

    /**
     * Builds the window on {@code stage} for the session, shows it and starts loading the case list. Call on the
     * FX thread. {@code onLogout} runs when the user logs out (退出登录).
     */
    public static MainWindow open(Stage stage, UiServices services, Session session, Runnable onLogout) {
        Objects.requireNonNull(services);
        Objects.requireNonNull(session);
        MainWindow window = new MainWindow(stage, services, session, onLogout);
        double width = stage.getScene() == null ? DEFAULT_WIDTH : stage.getScene().getWidth();
        double height = stage.getScene() == null ? DEFAULT_HEIGHT : stage.getScene().getHeight();
        Scene scene = new Scene(window.view, width, height);
        scene.getStylesheets().setAll(stylesheets());
        stage.setScene(scene);
        stage.setTitle(Texts.tr("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(event -> window.dispose());
        if (!stage.isShowing()) {
            stage.show();
        }
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
        if (disposed) {
            return;
        }
        disposed = true;
        viewModel.dispose();
        executor.shutdown();
    }
}
