package org.zhifa.workstation.ui.login;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.task.BackgroundExecutor;

/**
 * The login screen's state: username, password, a Chinese error line, and the session once logged in. The check
 * runs through the {@link BackgroundExecutor} (hashing takes a moment), so tests need no FX thread.
 *
 * <p>A failed login says the same whatever the cause (unknown user, wrong password, inactive account), so the
 * screen does not reveal which usernames exist; the audit log records the cause.
 */
public final class LoginViewModel {

    private BiFunction<String, char[], Optional<Session>> authenticator;
    private final BackgroundExecutor executor;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready", true);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final BooleanBinding canLogin;
    private Consumer<Session> onLoggedIn = s -> { };

    /** A view model over a username/password check, e.g. {@code userService::authenticate}. */
    public LoginViewModel(BiFunction<String, char[], Optional<Session>> authenticator, BackgroundExecutor executor) {
        this.authenticator = Objects.requireNonNull(authenticator);
        this.executor = Objects.requireNonNull(executor);
        this.canLogin = Bindings.createBooleanBinding(
                () -> ready.get() && !busy.get() && !username.get().isBlank() && !password.get().isEmpty(),
                ready, busy, username, password);
        // typing again clears the old error
        username.addListener((obs, o, n) -> clearErrorUnlessBusy());
        password.addListener((obs, o, n) -> clearErrorUnlessBusy());
    }

    public LoginViewModel(UserService users, BackgroundExecutor executor) {
        this(users::authenticate, executor);
    }

    /**
     * A view model shown while the program is still opening its data: the fields can be filled in, login waits
     * for {@link #ready(BiFunction)}; {@code status} says what is being done.
     */
    public static LoginViewModel starting(BackgroundExecutor executor, String status) {
        LoginViewModel model = new LoginViewModel((name, secret) -> Optional.empty(), executor);
        model.ready.set(false);
        model.status.set(status);
        return model;
    }

    /** The data is open: logins are checked with {@code check} from now on. */
    public void ready(BiFunction<String, char[], Optional<Session>> check) {
        authenticator = Objects.requireNonNull(check);
        status.set("");
        ready.set(true);
    }

    /** What the program is doing before it is ready (e.g. loading the demo data). */
    public void progress(String text) {
        if (!ready.get()) {
            status.set(text);
        }
    }

    /** Opening the data failed: login stays disabled and the error line says why. */
    public void startFailed(String message) {
        status.set("");
        error.set(message);
    }

    /** False while the program is still opening its data. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** What the program is doing before it is ready; empty once ready. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The Chinese error line; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The session after a successful login; null before. */
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session;
    }

    public BooleanBinding canLoginProperty() {
        return canLogin;
    }

    /** Called (on the FX thread) after a successful login. */
    public void setOnLoggedIn(Consumer<Session> onLoggedIn) {
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn);
    }

    /** Checks the entered username and password. Does nothing while a check is running or before it is ready. */
    public void login() {
        if (busy.get() || !ready.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        if (name.isEmpty()) {
            error.set(Texts.tr("login.error.noUsername"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            error.set(Texts.tr("login.error.noPassword"));
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.submit(() -> {
            try {
                return authenticator.apply(name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::finished, this::failed);
    }

    private void finished(Optional<Session> result) {
        busy.set(false);
        password.set("");
        if (result.isPresent()) {
            error.set("");
            session.set(result.get());
            onLoggedIn.accept(result.get());
        } else {
            error.set(Texts.tr("login.error.rejected"));
        }
    }

    private void failed(Throwable failure) {
        // the logger is fetched here, not at class load: the login screen comes up before logging is configured
        Logger log = LoggerFactory.getLogger(LoginViewModel.class);
        log.error("login check failed", failure);
        busy.set(false);
        password.set("");
        error.set(Texts.tr("login.error.internal"));
    }

    private void clearErrorUnlessBusy() {
        if (ready.get() && !busy.get() && !error.get().isEmpty()) {
            error.set("");
        }
    }
}
