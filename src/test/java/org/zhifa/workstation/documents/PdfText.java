package org.zhifa.workstation.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads text back from the outputs for the tests. */
public final class PdfText {
    private PdfText() {
    }

    /** The text of each page. */
    public static List<String> pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                out.add(x.getTextFromPage(i));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String all(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /** The body text of a .docx (paragraphs and table cells in order), without headers and footers. */
    public static String docxBody(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : d.getBodyElements()) {
                append(e, sb);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(IBodyElement e, StringBuilder sb) {
        if (e instanceof XWPFParagraph p) {
            sb.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    for (IBodyElement inner : c.getBodyElements()) {
                        append(inner, sb);
                    }
                }
            }
        }
    }

    /** Without any whitespace (line breaks differ between Word and the PDF). */
    public static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
