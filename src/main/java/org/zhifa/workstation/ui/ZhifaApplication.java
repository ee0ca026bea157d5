package org.zhifa.workstation.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.login.LoginView;
import org.zhifa.workstation.ui.login.LoginViewModel;
import org.zhifa.workstation.ui.main.MainWindow;
import org.zhifa.workstation.ui.task.FxBackgroundExecutor;

/**
 * The JavaFX application: the login screen first, the main window after a successful login (and the login again
 * after 退出登录). The services are handed over through {@link #useServices(UiServices)} before
 * {@code Application.launch}, because JavaFX creates this class itself.
 */
public final class ZhifaApplication extends Application {
    private static volatile UiServices services;
    private Stage stage;
    private MainWindow window;
    private LoginView loginView;
    private FxBackgroundExecutor loginExecutor;

    /** Sets the services the next started application uses. */
    public static void useServices(UiServices uiServices) {
        services = Objects.requireNonNull(uiServices);
    }

    @Override
    public void start(Stage primaryStage) {
        if (services == null) {
            throw new IllegalStateException("ZhifaApplication.useServices must be called before launch");
        }
        UiFonts.loadBundledFont();
        this.stage = primaryStage;
        stage.setTitle(Texts.tr("app.title"));
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        showLogin();
        stage.show();
    }

    /** Shows the login screen on the stage. */
    private void showLogin() {
        UiServices current = services;
        loginExecutor = new FxBackgroundExecutor(1);
        LoginViewModel model = new LoginViewModel(current.users(), loginExecutor);
        model.setOnLoggedIn(this::loggedIn);
        loginView = new LoginView(model);
        double width = stage.getScene() == null ? MainWindow.DEFAULT_WIDTH : stage.getScene().getWidth();
        double height = stage.getScene() == null ? MainWindow.DEFAULT_HEIGHT : stage.getScene().getHeight();
        Scene scene = new Scene(loginView, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                .toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.tr("ui.login.windowTitle"));
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
