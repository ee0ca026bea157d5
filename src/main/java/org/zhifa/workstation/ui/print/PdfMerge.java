package org.zhifa.workstation.ui.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.zhifa.workstation.domain.text.Texts;

/** Joins PDFs into one, in order, so several documents go to the printer as one job. */
final class PdfMerge {
    private PdfMerge() {
    }

    static byte[] merge(List<byte[]> pdfs) {
        if (pdfs.size() == 1) {
            return pdfs.getFirst();
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        for (byte[] pdf : pdfs) {
            merger.addSource(new RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new PrintFailedException(Texts.tr("print.error.unreadable"), e);
        }
        return out.toByteArray();
    }
}
