package org.zhifa.workstation.documents.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Builds small .docx files for the engine's tests (the real templates are the templates engineer's). */
public final class TestDocx {
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";

    private final XWPFDocument doc = new XWPFDocument();

    public TestDocx() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1587));
        mar.setRight(BigInteger.valueOf(1474));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    public XWPFDocument document() {
        return doc;
    }

    /** A centered bold title in the title font at the size in points. */
    public TestDocx title(String text, int pt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, TITLE_FONT, pt, true);
        return this;
    }

    /** A body paragraph made of the given run texts (Word-like split runs), 16 pt 仿宋, 2-character indent. */
    public XWPFParagraph body(String... runs) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(640);
        p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        for (String r : runs) {
            run(p, r, BODY_FONT, 16, false);
        }
        return p;
    }

    public XWPFParagraph plain(String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, BODY_FONT, 16, false);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, String font, int pt, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(pt);
        r.setBold(bold);
        return r;
    }

    /** A bordered table; each row's cells are texts; returns it for more editing. */
    public XWPFTable table(String[]... rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                XWPFParagraph p = t.getRow(r).getCell(c).getParagraphs().getFirst();
                run(p, rows[r][c], BODY_FONT, 14, false);
            }
        }
        return t;
    }

    /** A footer with "第 {PAGE} 页 共 {NUMPAGES} 页" as Word fields. */
    public TestDocx pageFooter() {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", BODY_FONT, 12, false);
        field(p, "PAGE");
        run(p, " 页 共 ", BODY_FONT, 12, false);
        field(p, "NUMPAGES");
        run(p, " 页", BODY_FONT, 12, false);
        return this;
    }

    /** A footer with the literal text, for the engine to fill. */
    public TestDocx literalFooter(String text) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text, BODY_FONT, 12, false);
        return this;
    }

    private static void field(XWPFParagraph p, String instr) {
        var ctp = p.getCTP();
        var begin = ctp.addNewR();
        begin.addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        var code = ctp.addNewR();
        code.addNewInstrText().setStringValue(" " + instr + " ");
        var sep = ctp.addNewR();
        sep.addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
        var result = ctp.addNewR();
        result.addNewT().setStringValue("1");
        var end = ctp.addNewR();
        end.addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
