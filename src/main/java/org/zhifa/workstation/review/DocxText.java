package org.zhifa.workstation.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of a produced Word document, paragraph by paragraph (tables cell by cell), for the document checks. */
final class DocxText {
    private DocxText() {
    }

    /** The text, or null when the file cannot be read as DOCX. */
    static String read(Path file) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                append(e, out);
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void append(IBodyElement e, StringBuilder out) {
        if (e instanceof XWPFParagraph p) {
            out.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, out);
                    }
                }
            }
        }
    }
}
