package org.zhifa.workstation.ui.exchange.review;

import java.nio.file.Path;

/** Shows a bundled document or evidence file to the reviewer (the review screen never changes it). */
@FunctionalInterface
public interface DocumentViewer {
    void show(Path file, String mediaType);
}
