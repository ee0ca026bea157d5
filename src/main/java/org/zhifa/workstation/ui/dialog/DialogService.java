package org.zhifa.workstation.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the GUI shows goes through here, so view models can be tested with a fake. */
public interface DialogService {

    /** An error the user should know about; {@code message} is plain Chinese, never a stack trace. */
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message);

    /**
     * Asks where to save a file (the system's save dialog).
     *
     * @param suggestedName the file name offered, with its extension
     * @param kind          what the file is, for the type filter ("PDF 文件")
     * @param extension     the extension without the dot ("pdf")
     * @return the chosen file, empty when the user cancelled (the default, for dialogs that cannot ask)
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        return Optional.empty();
    }
}
