package org.zhifa.workstation.ui.print;

import java.awt.HeadlessException;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Locale;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Prints through the operating system: {@link PrinterJob#printDialog} lets the user pick the printer and the copies,
 * then {@link PrinterJob#print} sends the real PDF (A4, actual size, see {@link PrintablePdf}) — the printer driver
 * rasterises it, not we. Runs off the JavaFX application thread (the dialog is modal and printing blocks).
 *
 * <p>A real printer, and the system dialog itself, cannot exist in CI (no display, no print service): tests hand the
 * application a printer that records what it was given instead, through the same {@link DocumentPrinter} interface.
 */
public final class SystemDocumentPrinter implements DocumentPrinter {

    @Override
    public PrintOutcome print(PrintRequest request) {
        try (PrintablePdf pdf = PrintablePdf.open(request.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(request.jobName());
            job.setPageable(pdf.pageable(request.progress(), job::cancel));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(new JobName(request.jobName(), Locale.SIMPLIFIED_CHINESE));
            if (!job.printDialog(attributes) || request.progress().cancelled()) {
                return PrintOutcome.cancelled();
            }
            job.print(attributes);
            return job.isCancelled() ? PrintOutcome.cancelled() : PrintOutcome.printed(pdf.pageCount());
        } catch (PrinterAbortException e) {
            return PrintOutcome.cancelled();
        } catch (PrinterException e) {
            throw new PrintFailedException(Texts.tr("print.error.printer", String.valueOf(e.getMessage())), e);
        } catch (HeadlessException e) {
            throw new PrintFailedException(Texts.tr("print.error.noDisplay"), e);
        }
    }
}
