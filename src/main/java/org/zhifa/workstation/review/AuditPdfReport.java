package org.zhifa.workstation.review;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.zhifa.workstation.domain.text.Texts;

/** The 案卷评查报告 of one case as PDF: the case, the verdict, the findings, the checks skipped, the manual items. */
final class AuditPdfReport {
    private static final Color GREY = new Color(0xEE, 0xEE, 0xEE);

    private AuditPdfReport() {
    }

    static byte[] render(AuditResult r) {
        BaseFont base = ReportFont.get();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 9);
        Font verdict = new Font(base, 12, Font.BOLD, r.passed() ? new Color(0x1B, 0x5E, 0x20) : new Color(0xB7, 0x1C, 0x1C));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(Texts.tr("review.report.title"));
        doc.open();

        Paragraph t = new Paragraph(Texts.tr("review.report.title"), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(12);
        doc.add(t);

        PdfPTable head = new PdfPTable(new float[] {1.2f, 3f});
        head.setWidthPercentage(100);
        row(head, Texts.tr("review.report.caseNo"), r.caseNo(), body);
        row(head, Texts.tr("review.report.cause"), nz(r.cause()), body);
        row(head, Texts.tr("review.report.authority"), nz(r.authorityName()), body);
        row(head, Texts.tr("review.report.rubric"), Texts.tr("review.report.rubricValue", r.rubricName(), r.rubricVersion()), body);
        row(head, Texts.tr("review.report.asOf"), r.asOf().toString(), body);
        doc.add(head);

        Paragraph result = new Paragraph(Texts.tr("review.report.result", plain(r.score()), plain(r.formDeducted()),
                plain(r.contentDeducted()), Texts.tr(r.passed() ? "review.verdict.pass" : "review.verdict.fail"),
                plain(r.passMark())), verdict);
        result.setSpacingBefore(10);
        result.setSpacingAfter(6);
        doc.add(result);
        if (r.vetoed()) {
            doc.add(new Paragraph(Texts.tr("review.report.vetoed", r.vetoFindings().size()), body));
        }

        Paragraph f = new Paragraph(Texts.tr("review.report.findings", r.findings().size()), heading);
        f.setSpacingBefore(10);
        f.setSpacingAfter(4);
        doc.add(f);
        if (r.findings().isEmpty()) {
            doc.add(new Paragraph(Texts.tr("review.report.noFindings"), body));
        } else {
            PdfPTable table = new PdfPTable(new float[] {0.7f, 1.1f, 2f, 3.6f, 0.7f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {Texts.tr("review.col.item"), Texts.tr("review.col.category"),
                    Texts.tr("review.col.place"), Texts.tr("review.col.message"), Texts.tr("review.col.deduction")}) {
                PdfPCell c = new PdfPCell(new Phrase(h, small));
                c.setBackgroundColor(GREY);
                table.addCell(c);
            }
            for (Finding x : r.findings()) {
                table.addCell(new PdfPCell(new Phrase(x.itemId(), small)));
                table.addCell(new PdfPCell(new Phrase(x.category(), small)));
                table.addCell(new PdfPCell(new Phrase(x.place(), small)));
                String message = x.rule() == null ? x.message() : Texts.tr("review.report.messageRule", x.message(), x.rule());
                table.addCell(new PdfPCell(new Phrase(message, small)));
                table.addCell(new PdfPCell(new Phrase(x.veto() ? Texts.tr("review.report.veto") : plain(x.deduction()), small)));
            }
            doc.add(table);
        }

        if (!r.skipped().isEmpty()) {
            Paragraph s = new Paragraph(Texts.tr("review.report.skipped"), heading);
            s.setSpacingBefore(10);
            doc.add(s);
            for (String line : r.skipped()) {
                doc.add(new Paragraph("· " + line, small));
            }
        }
        Paragraph m = new Paragraph(Texts.tr("review.report.manual", r.manualItems().size()), heading);
        m.setSpacingBefore(10);
        doc.add(m);
        for (RubricItem item : r.manualItems()) {
            doc.add(new Paragraph(Texts.tr("review.report.manualLine", item.id(), item.description(),
                    item.layer() == RubricLayer.VETO ? Texts.tr("review.report.veto") : plain(item.maxDeduction())), small));
        }
        Paragraph note = new Paragraph(Texts.tr("review.report.note"), small);
        note.setSpacingBefore(12);
        doc.add(note);
        doc.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable t, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBackgroundColor(GREY);
        t.addCell(l);
        t.addCell(new PdfPCell(new Phrase(value, font)));
    }

    static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
