package org.zhifa.workstation.ui.support;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.ui.dialog.DialogService;

/** A {@link DialogService} that remembers what it was asked to show; confirm answers as told. */
public final class RecordingDialogService implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirmAnswer = true;

    @Override
    public synchronized void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    public synchronized void answerConfirm(boolean answer) {
        confirmAnswer = answer;
    }

    public synchronized List<Shown> shown() {
        return List.copyOf(shown);
    }

    public synchronized List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }
}
