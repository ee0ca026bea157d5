package org.zhifa.workstation.ui.dialog;

/** Every dialog the GUI shows goes through here, so view models can be tested with a fake. */
public interface DialogService {

    /** An error the user should know about; {@code message} is plain Chinese, never a stack trace. */
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message);
}
