package org.zhifa.workstation.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.zhifa.workstation.cases.FileWrites;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * Saves a report the user asked for: the save dialog (through {@link DialogService}), then the content made and written
 * in the background, then a short message naming the file. A failure is reported calmly; nothing is half-written over
 * an existing file (the bytes are complete before the file is touched).
 */
public final class FileExport {
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final FailureReporter failures;

    public FileExport(BackgroundExecutor executor, DialogService dialogs, FailureReporter failures) {
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.failures = Objects.requireNonNull(failures);
    }

    /**
     * Asks where to save ({@code kind}: "Excel 工作簿", {@code extension}: "xlsx"), then writes what {@code content}
     * makes; {@code onSaved} gets the file on the FX thread. Nothing happens when the user cancels.
     */
    public void save(String title, String suggestedName, String kind, String extension, Callable<byte[]> content,
                     Consumer<Path> onSaved) {
        Optional<Path> chosen = dialogs.chooseSaveFile(title, suggestedName, kind, extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), extension);
        executor.submit(() -> {
            FileWrites.replace(file, content.call());
            return file;
        }, saved -> {
            onSaved.accept(saved);
            dialogs.showInfo(title, Texts.tr("fileExport.saved", saved.toAbsolutePath()));
        }, failures.showing(Texts.tr("fileExport.failed", file.getFileName())));
    }

    /** The file name safe on every system: characters Windows forbids become "_". */
    public static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }
}
