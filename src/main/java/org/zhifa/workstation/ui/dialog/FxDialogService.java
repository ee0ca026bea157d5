package org.zhifa.workstation.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
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
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("chooseSaveFile must be called on the JavaFX application thread");
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        File chosen = chooser.showSaveDialog(owner != null && owner.isShowing() ? owner : null);
        return Optional.ofNullable(chosen).map(File::toPath);
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
