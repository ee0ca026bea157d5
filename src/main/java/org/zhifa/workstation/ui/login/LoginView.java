package org.zhifa.workstation.ui.login;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The login screen: a centred card with username, password, the error line and the login button. Enter in the
 * username moves on to the password; Enter in the password (or the default button) logs in.
 * Style classes: login-page, login-card, login-title, login-subtitle, login-error.
 */
public final class LoginView extends StackPane {
    private final LoginViewModel model;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel model) {
        this.model = model;
        setId("loginPage");
        getStyleClass().add("login-page");

        Label title = new Label(Texts.tr("login.title"));
        title.getStyleClass().add("login-title");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label subtitle = new Label(Texts.tr("login.subtitle"));
        subtitle.getStyleClass().add("login-subtitle");

        username.setId("loginUsername");
        username.setPromptText(Texts.tr("login.username.prompt"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.setOnAction(e -> password.requestFocus());
        password.setId("loginPassword");
        password.setPromptText(Texts.tr("login.password.prompt"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.login());
        username.disableProperty().bind(model.busyProperty());
        password.disableProperty().bind(model.busyProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        Label userLabel = new Label(Texts.tr("login.username"));
        userLabel.setLabelFor(username);
        Label passwordLabel = new Label(Texts.tr("login.password"));
        passwordLabel.setLabelFor(password);
        form.addRow(0, userLabel, username);
        form.addRow(1, passwordLabel, password);
        username.setPrefColumnCount(18);
        password.setPrefColumnCount(18);

        Label error = new Label();
        error.setId("loginError");
        error.getStyleClass().add("login-error");
        error.setStyle("-fx-text-fill: #b3261e;");
        error.setWrapText(true);
        error.setMaxWidth(320);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button login = new Button(Texts.tr("login.button"));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.canLoginProperty().not());
        login.setOnAction(e -> model.login());
        Label status = new Label();
        status.setId("loginStatus");
        status.getStyleClass().add("login-status");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        // only while a login is checked: the first frame stays light while the data opens (the status says so)
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(10, status, progress, login);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, title, subtitle, form, error, actions);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 24, 32));
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        card.setStyle("-fx-background-color: white; -fx-background-radius: 6; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.18), 12, 0, 0, 2);");
        getChildren().add(card);
        setPadding(new Insets(24));

        // a failed attempt puts the cursor back into the (cleared) password field
        model.errorProperty().addListener((obs, o, n) -> {
            if (!n.isEmpty()) {
                Platform.runLater(password::requestFocus);
            }
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                Platform.runLater(username::requestFocus);
            }
        });
    }

    public LoginViewModel model() {
        return model;
    }
}
