package org.zhifa.workstation.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhifa.workstation.domain.text.Texts;

/** The 公示 register as XLSX and CSV: the same columns, the same (masked) values. */
final class DisclosureExport {
    /** UTF-8 byte-order mark: Excel opens a CSV as UTF-8 only with it. */
    static final String BOM = "\uFEFF";

    private DisclosureExport() {
    }

    static String[] headers() {
        return new String[] {Texts.tr("disclosure.col.action"), Texts.tr("disclosure.col.number"),
                Texts.tr("disclosure.col.caseName"), Texts.tr("disclosure.col.party"), Texts.tr("disclosure.col.partyNumber"),
                Texts.tr("disclosure.col.legalRepresentative"), Texts.tr("disclosure.col.address"),
                Texts.tr("disclosure.col.facts"), Texts.tr("disclosure.col.basis"), Texts.tr("disclosure.col.penalty"),
                Texts.tr("disclosure.col.authority"), Texts.tr("disclosure.col.decidedOn"), Texts.tr("disclosure.col.dueOn"),
                Texts.tr("disclosure.col.status"), Texts.tr("disclosure.col.reason")};
    }

    static String[] values(DisclosureEntry e) {
        String status = e.overdue() ? Texts.tr("disclosure.status.overdue") : Texts.tr("disclosure.status.due");
        if (!e.provisional().isEmpty()) {
            status = status + "（" + e.provisional() + "）";
        }
        return new String[] {action(e.action()), e.decisionNumber(), e.caseName(), e.partyName(), e.partyNumber(),
                e.legalRepresentative(), e.address(), e.facts(), e.basis(), e.penalty(), e.authority(),
                e.decidedOn().toString(), e.dueOn().toString(), status, e.reason()};
    }

    static String action(DisclosureAction a) {
        return switch (a) {
            case PUBLISH -> Texts.tr("disclosure.publish");
            case WITHDRAW -> Texts.tr("disclosure.withdraw");
        };
    }

    static String csv(List<DisclosureEntry> entries) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, headers());
        for (DisclosureEntry e : entries) {
            line(out, values(e));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells[i]));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180 quoting; a cell that a spreadsheet would read as a formula (=, +, -, @ first) gets a leading
     * apostrophe, so that opening the file runs nothing.
     */
    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static byte[] workbook(List<DisclosureEntry> entries, LocalDate asOf) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Texts.tr("disclosure.sheet"));
            String[] headers = headers();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(big);
            CellStyle header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = bordered(wb);
            text.setWrapText(true);
            Row t = sheet.createRow(0);
            Cell tc = t.createCell(0);
            tc.setCellValue(Texts.tr("disclosure.title", asOf.toString(), entries.size()));
            tc.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
            Row h = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(header);
            }
            int r = 2;
            for (DisclosureEntry e : entries) {
                Row row = sheet.createRow(r++);
                String[] v = values(e);
                for (int i = 0; i < v.length; i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(v[i]);
                    c.setCellStyle(text);
                }
            }
            int[] widths = {8, 26, 30, 14, 22, 12, 24, 50, 36, 30, 24, 12, 12, 12, 24};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
