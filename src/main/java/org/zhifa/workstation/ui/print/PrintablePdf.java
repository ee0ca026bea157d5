package org.zhifa.workstation.ui.print;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.zhifa.workstation.domain.text.Texts;

/**
 * A PDF opened for printing: PDFBox's {@link PDFPageable}, which gives each page its own paper size (A4 for our
 * documents) and prints it at actual size — no shrinking, stretching or extra margins — with each page reported to a
 * {@link PrintProgress}. Close it after printing.
 */
public final class PrintablePdf implements AutoCloseable {
    private final PDDocument document;
    private final PDFPageable pages;

    private PrintablePdf(PDDocument document) {
        this.document = document;
        this.pages = new PDFPageable(document);
    }

    /** Opens the PDF; {@link PrintFailedException} when it cannot be read. */
    public static PrintablePdf open(byte[] pdf) {
        try {
            return new PrintablePdf(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new PrintFailedException(Texts.tr("print.error.unreadable"), e);
        }
    }

    /** The number of pages the printer gets. */
    public int pageCount() {
        return pages.getNumberOfPages();
    }

    /**
     * The pages for {@code java.awt.print.PrinterJob#setPageable}: each page tells {@code progress} before it is
     * drawn; once {@code progress} reports a cancel, {@code cancel} runs (the job's own cancel) instead.
     */
    public Pageable pageable(PrintProgress progress, Runnable cancel) {
        int count = pages.getNumberOfPages();
        return new Pageable() {
            @Override
            public int getNumberOfPages() {
                return count;
            }

            @Override
            public PageFormat getPageFormat(int pageIndex) {
                return pages.getPageFormat(pageIndex);
            }

            @Override
            public Printable getPrintable(int pageIndex) {
                Printable page = pages.getPrintable(pageIndex);
                return (graphics, format, index) -> {
                    if (progress.cancelled()) {
                        cancel.run();
                        return Printable.NO_SUCH_PAGE;
                    }
                    progress.printing(index + 1, count);
                    return page.print(graphics, format, index);
                };
            }
        };
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written: the document was only read
        }
    }
}
