package org.zhifa.workstation.ui.exchange.review;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;

/** Opens the file with the program the system has for it (the PDF reader, the image viewer). */
public final class SystemDocumentViewer implements DocumentViewer {
    private final DialogService dialogs;

    public SystemDocumentViewer(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void show(Path file, String mediaType) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            dialogs.showError(Texts.tr("ui.review.openFailed"), Texts.tr("ui.review.noViewer", file));
            return;
        }
        Thread.ofVirtual().start(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> dialogs.showError(Texts.tr("ui.review.openFailed"),
                        Texts.tr("ui.review.noViewer", file)));
            }
        });
    }
}
