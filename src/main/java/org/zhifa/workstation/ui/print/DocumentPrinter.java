package org.zhifa.workstation.ui.print;

/**
 * Sends a PDF to a printer. The application uses {@link SystemDocumentPrinter} (the system print dialog, then the
 * printer chosen there); tests use a printer that records what it was given, because no real printer exists in CI.
 * Always called off the JavaFX application thread: the dialog and the printing block until they are done.
 */
public interface DocumentPrinter {

    /**
     * Prints the request's PDF, page by page at its own size (A4), telling {@code request.progress()} about each
     * page and stopping when it reports a cancel.
     *
     * @return printed with the number of pages, or cancelled (in the dialog or through the progress)
     * @throws PrintFailedException with a Chinese message when the PDF cannot be read or the printer fails
     */
    PrintOutcome print(PrintRequest request);
}
