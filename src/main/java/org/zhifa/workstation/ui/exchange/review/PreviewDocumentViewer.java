package org.zhifa.workstation.ui.exchange.review;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.preview.PdfPreviewPane;
import org.zhifa.workstation.ui.task.BackgroundExecutor;

/**
 * Shows a bundled PDF in the program's own preview window (pages rendered in the background); other files (photos,
 * recordings) go to the system's program for them.
 */
public final class PreviewDocumentViewer implements DocumentViewer {
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Window owner;
    private final DocumentViewer others;

    public PreviewDocumentViewer(BackgroundExecutor executor, DialogService dialogs, Window owner) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.others = new SystemDocumentViewer(dialogs);
    }

    @Override
    public void show(Path file, String mediaType) {
        if (!"application/pdf".equals(mediaType)) {
            others.show(file, mediaType);
            return;
        }
        executor.submit(() -> Files.readAllBytes(file), pdf -> open(file, pdf),
                e -> dialogs.showError(Texts.tr("ui.review.openFailed"), Texts.tr("ui.review.noViewer", file)));
    }

    private void open(Path file, byte[] pdf) {
        PdfPreviewPane pane = new PdfPreviewPane(executor);
        Stage stage = new Stage();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.setTitle(file.getFileName().toString());
        Scene scene = new Scene(pane, 820, 900);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        pane.show(pdf);
    }
}
