package org.zhifa.workstation.ui.print;

import java.util.Objects;

/**
 * What to print.
 *
 * @param jobName  the name of the print job in the printer's queue (the document's title and case number)
 * @param pdf      the PDF to print
 * @param progress told about each page; asked whether the user cancelled
 */
public record PrintRequest(String jobName, byte[] pdf, PrintProgress progress) {

    public PrintRequest {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(progress, "progress");
    }
}
