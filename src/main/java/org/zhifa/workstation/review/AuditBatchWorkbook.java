package org.zhifa.workstation.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The batch report as XLSX. Sheet 1 评查结果: one row per case (township, case, cause, score, deductions, veto
 * count, verdict) and the batch's average score and pass rate as formulas. Sheet 2 问题清单: one row per finding.
 */
final class AuditBatchWorkbook {
    private AuditBatchWorkbook() {
    }

    static byte[] render(List<AuditResult> results) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(wb);
            summary(wb.createSheet(Texts.tr("review.sheet.summary")), results, s);
            findings(wb.createSheet(Texts.tr("review.sheet.findings")), results, s);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, List<AuditResult> results, Styles s) {
        String[] headers = {Texts.tr("review.col.township"), Texts.tr("review.col.caseNo"), Texts.tr("review.col.cause"),
                Texts.tr("review.col.score"), Texts.tr("review.col.formDeducted"), Texts.tr("review.col.contentDeducted"),
                Texts.tr("review.col.vetoCount"), Texts.tr("review.col.findingCount"), Texts.tr("review.col.verdict")};
        title(sheet, Texts.tr("review.sheet.summaryTitle", results.size()), headers.length, s);
        header(sheet.createRow(1), headers, s);
        int r = 2;
        for (AuditResult a : results) {
            Row row = sheet.createRow(r++);
            text(row, 0, a.authorityName(), s.text);
            text(row, 1, a.caseNo(), s.text);
            text(row, 2, a.cause(), s.text);
            number(row, 3, a.score().doubleValue(), s.score);
            number(row, 4, a.formDeducted().doubleValue(), s.score);
            number(row, 5, a.contentDeducted().doubleValue(), s.score);
            number(row, 6, a.vetoFindings().size(), s.integer);
            number(row, 7, a.findings().size(), s.integer);
            text(row, 8, Texts.tr(a.passed() ? "review.verdict.pass" : "review.verdict.fail"), s.text);
        }
        if (!results.isEmpty()) {
            int first = 3;
            int last = r;
            Row avg = sheet.createRow(r++);
            text(avg, 2, Texts.tr("review.col.average"), s.header);
            avg.createCell(3).setCellFormula("AVERAGE(D" + first + ":D" + last + ")");
            avg.getCell(3).setCellStyle(s.score);
            Row rate = sheet.createRow(r);
            text(rate, 2, Texts.tr("review.col.passRate"), s.header);
            rate.createCell(3).setCellFormula("COUNTIF(I" + first + ":I" + last + ",\"" + Texts.tr("review.verdict.pass")
                    + "\")/COUNTA(B" + first + ":B" + last + ")");
            rate.getCell(3).setCellStyle(s.percent);
        }
        int[] widths = {22, 16, 40, 10, 12, 12, 10, 10, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    private static void findings(Sheet sheet, List<AuditResult> results, Styles s) {
        String[] headers = {Texts.tr("review.col.township"), Texts.tr("review.col.caseNo"), Texts.tr("review.col.item"),
                Texts.tr("review.col.layer"), Texts.tr("review.col.category"), Texts.tr("review.col.place"),
                Texts.tr("review.col.message"), Texts.tr("review.col.rule"), Texts.tr("review.col.deduction")};
        title(sheet, Texts.tr("review.sheet.findingsTitle"), headers.length, s);
        header(sheet.createRow(1), headers, s);
        int r = 2;
        for (AuditResult a : results) {
            for (Finding f : a.findings()) {
                Row row = sheet.createRow(r++);
                text(row, 0, a.authorityName(), s.text);
                text(row, 1, a.caseNo(), s.text);
                text(row, 2, f.itemId(), s.text);
                text(row, 3, layer(f.layer()), s.text);
                text(row, 4, f.category(), s.text);
                text(row, 5, f.place(), s.text);
                text(row, 6, f.message(), s.wrap);
                text(row, 7, f.rule(), s.text);
                if (f.veto()) {
                    text(row, 8, Texts.tr("review.report.veto"), s.text);
                } else {
                    number(row, 8, f.deduction().doubleValue(), s.score);
                }
            }
        }
        int[] widths = {22, 16, 8, 8, 12, 28, 60, 8, 8};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        if (r > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, headers.length - 1));
        }
    }

    static String layer(RubricLayer l) {
        return switch (l) {
            case VETO -> Texts.tr("review.layer.veto");
            case FORM -> Texts.tr("review.layer.form");
            case CONTENT -> Texts.tr("review.layer.content");
        };
    }

    private static void title(Sheet sheet, String title, int columns, Styles s) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        text(row, 0, title, s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void header(Row row, String[] headers, Styles s) {
        for (int i = 0; i < headers.length; i++) {
            text(row, i, headers[i], s.header);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle score;
        final CellStyle integer;
        final CellStyle percent;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            wrap = bordered(wb);
            wrap.setWrapText(true);
            score = bordered(wb);
            score.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            integer = bordered(wb);
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            percent = bordered(wb);
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
