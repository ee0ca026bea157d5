package org.zhifa.workstation.ui.dialog;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.zhifa.workstation.domain.text.Texts;

/** {@link DialogService} with JavaFX alerts owned by the main window; button texts come from the bundle. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        onFxThread(() -> show(Alert.AlertType.ERROR, title, message, okButton()));
    }

    @Override
    public void showInfo(String title, String message) {
        onFxThread(() -> show(Alert.AlertType.INFORMATION, title, message, okButton()));
    }

    @Override
    public boolean confirm(String title, String message) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("confirm must be called on the JavaFX application thread");
        }
        ButtonType yes = new ButtonType(Texts.tr("ui.dialog.ok"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Texts.tr("ui.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = show(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        return answer.filter(yes::equals).isPresent();
    }

    @Override
    public Optional<java.nio.file.Path> chooseFile(String title, String... extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    String.join(", ", extensions), extensions));
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String initialName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private Optional<ButtonType> show(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initModality(Modality.WINDOW_MODAL);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(420);
        return alert.showAndWait();
    }

    private static ButtonType okButton() {
        return new ButtonType(Texts.tr("ui.dialog.ok"), ButtonData.OK_DONE);
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
