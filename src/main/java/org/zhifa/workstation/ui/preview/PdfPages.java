package org.zhifa.workstation.ui.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF opened for the preview: its page count and each page as an image (PDFBox). One page is rendered at a time
 * (PDFBox documents are not thread-safe); called from background threads only.
 */
final class PdfPages implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    static PdfPages open(byte[] pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf));
    }

    synchronized int count() {
        return document.getNumberOfPages();
    }

    /** The page (0-based) at {@code dpi} dots per inch. */
    synchronized BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
