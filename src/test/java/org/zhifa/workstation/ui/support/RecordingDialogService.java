package org.zhifa.workstation.ui.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.ui.dialog.DialogService;

/** A {@link DialogService} that remembers what it was asked to show; confirm answers as told. */
public final class RecordingDialogService implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirmAnswer = true;
    private Path saveAnswer;

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

    /** Answers "save" with the file name offered, in {@code dir} (the file names of {@link #shown()} kind "save"). */
    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        shown.add(new Shown("save", title, suggestedName));
        return Optional.ofNullable(saveAnswer).map(dir -> dir.resolve(suggestedName));
    }

    /** Where the save dialog saves; null: the user cancels it. */
    public synchronized void saveInto(Path dir) {
        saveAnswer = dir;
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
