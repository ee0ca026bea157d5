package org.zhifa.workstation.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.login.LoginView;
import org.zhifa.workstation.ui.login.LoginViewModel;
import org.zhifa.workstation.ui.main.MainWindow;
import org.zhifa.workstation.ui.task.FxBackgroundExecutor;

/**
 * The JavaFX application: the login screen first, the main window after a successful login (and the login again
 * after 退出登录). JavaFX creates this class itself, so what it works on is handed over before
 * {@code Application.launch}: either open services ({@link #useServices(UiServices)}) or an opener
 * ({@link #useOpener(ServicesOpener)}) that runs in the background while the login screen is already shown.
 * Nothing touches the database, the fonts or the templates before the first frame; they are loaded off the FX
 * thread after it.
 */
public final class ZhifaApplication extends Application {
    private static volatile UiServices services;
    private static volatile ServicesOpener opener;
    private static volatile Thread openingThread;
    private Stage stage;
    private MainWindow window;
    private LoginView loginView;
    private FxBackgroundExecutor loginExecutor;

    /** Sets the (open) services the next started application uses. */
    public static void useServices(UiServices uiServices) {
        services = Objects.requireNonNull(uiServices);
        opener = null;
    }

    /** Sets what the next started application opens in the background after showing the login screen. */
    public static void useOpener(ServicesOpener servicesOpener) {
        opener = Objects.requireNonNull(servicesOpener);
        services = null;
    }

    /** Waits for the background opening to finish (after the window has closed), so its data can be closed. */
    static void awaitOpening() {
        Thread t = openingThread;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void start(Stage primaryStage) {
        if (services == null && opener == null) {
            throw new IllegalStateException("ZhifaApplication.useServices or useOpener must be called before launch");
        }
        StartupReport.reached(StartupReport.FX_START);
        this.stage = primaryStage;
        stage.setTitle(Texts.tr("app.title"));
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        showLogin();
        LoginViewModel model = loginView.model();
        StartupReport.afterFirstFrame(stage.getScene(), () -> afterFirstFrame(model));
        stage.show();
    }

    /** The font and the data are loaded once the login screen is on the screen, so nothing competes with it. */
    private void afterFirstFrame(LoginViewModel model) {
        if (StartupReport.exitsAt(StartupReport.FIRST_FRAME)) {
            return; // a run that ends at the first frame opens nothing
        }
        loadFontInBackground();
        if (services == null) {
            openInBackground(model);
        } else {
            StartupReport.reached(StartupReport.READY);
        }
    }

    /** Shows the login screen on the stage: ready when the services are open, else waiting for them. */
    private void showLogin() {
        UiServices current = services;
        loginExecutor = new FxBackgroundExecutor(1);
        LoginViewModel model = current == null
                ? LoginViewModel.starting(loginExecutor, Texts.tr("startup.opening"))
                : new LoginViewModel(current.users(), loginExecutor);
        model.setOnLoggedIn(this::loggedIn);
        loginView = new LoginView(model);
        double width = stage.getScene() == null ? MainWindow.DEFAULT_WIDTH : stage.getScene().getWidth();
        double height = stage.getScene() == null ? MainWindow.DEFAULT_HEIGHT : stage.getScene().getHeight();
        Scene scene = new Scene(loginView, width, height);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle(Texts.tr("ui.login.windowTitle"));
    }

    private static String stylesheet() {
        return MainWindow.loginStylesheet();
    }

    /** Loads the bundled CJK font off the FX thread, then styles the shown scene again so it takes effect. */
    private void loadFontInBackground() {
        Thread.ofPlatform().daemon().name("zhifa-font").start(() -> {
            if (UiFonts.loadBundledFont() != null) {
                Platform.runLater(() -> {
                    Scene scene = stage.getScene();
                    if (scene != null) {
                        scene.getStylesheets().setAll(stylesheet());
                    }
                });
            }
        });
    }

    /** Runs the opener on a background thread; the login screen shows its progress and is enabled when done. */
    private void openInBackground(LoginViewModel model) {
        ServicesOpener current = opener;
        openingThread = Thread.ofPlatform().name("zhifa-open").start(() -> {
            try {
                UiServices opened = current.open(text -> Platform.runLater(() -> model.progress(text)));
                Platform.runLater(() -> {
                    services = opened;
                    model.ready(opened.users()::authenticate);
                    StartupReport.reached(StartupReport.READY);
                });
            } catch (Exception | LinkageError e) {
                LoggerFactory.getLogger(ZhifaApplication.class).error("opening the data failed", e);
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> model.startFailed(Texts.tr("startup.failed", reason)));
            }
        });
    }

    private void loggedIn(Session session) {
        if (loginExecutor != null) {
            loginExecutor.shutdown();
            loginExecutor = null;
        }
        loginView = null;
        window = MainWindow.open(stage, services, session, this::logout);
    }

    private void logout() {
        if (window != null) {
            window.dispose();
            window = null;
        }
        showLogin();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
            window = null;
        }
        if (loginExecutor != null) {
            loginExecutor.shutdown();
            loginExecutor = null;
        }
    }

    /** The open main window, for tests; null until someone has logged in. */
    public MainWindow window() {
        return window;
    }

    /** The login screen while it is shown, for tests; null once logged in. */
    public LoginView loginView() {
        return loginView;
    }
}
