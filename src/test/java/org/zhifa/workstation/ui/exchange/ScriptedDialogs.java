package org.zhifa.workstation.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.ui.dialog.DialogService;

/** A {@link DialogService} that records what it showed and answers the file choosers as the test told it. */
final class ScriptedDialogs implements DialogService {
    record Shown(String kind, String title, String message) { }

    private final List<Shown> shown = new ArrayList<>();
    private Path file;
    private Path folder;
    private Path saveAs;

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
        return true;
    }

    @Override
    public synchronized Optional<Path> chooseFile(String title, String... extensions) {
        return Optional.ofNullable(file);
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, String initialName) {
        return Optional.ofNullable(saveAs);
    }

    synchronized void answerFile(Path p) {
        file = p;
    }

    synchronized void answerFolder(Path p) {
        folder = p;
    }

    synchronized void answerSaveAs(Path p) {
        saveAs = p;
    }

    synchronized List<Shown> shown() {
        return List.copyOf(shown);
    }

    synchronized List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    synchronized void clear() {
        shown.clear();
    }
}
