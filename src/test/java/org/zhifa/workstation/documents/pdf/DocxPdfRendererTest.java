package org.zhifa.workstation.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.documents.template.TestDocx;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer.RenderedPdf;

class DocxPdfRendererTest {
    private final DocxPdfRenderer renderer = new DocxPdfRenderer(new PdfFonts(false));

    @Test
    void a4WithTheDocumentsPageAndGbt9704LineCount() throws Exception {
        TestDocx t = new TestDocx();
        for (int i = 1; i <= 30; i++) {
            t.body("第" + i + "行");
        }
        RenderedPdf pdf = renderer.render(t.bytes());
        assertThat(pdf.pages()).isEqualTo(2);
        try (PdfReader reader = new PdfReader(pdf.bytes())) {
            Rectangle size = reader.getPageSize(1);
            assertThat(size.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(size.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        }
        // 三号 with a fixed 28 pt line on the GB/T 9704 page: 22 lines, as in Word
        List<String> pages = PdfText.pages(pdf.bytes());
        assertThat(pages.get(0).strip().lines().map(String::strip).toList()).hasSize(22).last().isEqualTo("第22行");
        assertThat(pages.get(1).strip().lines().map(String::strip).findFirst()).contains("第23行");
    }

    @Test
    void footerFieldsGetTheRealPageNumbers() {
        TestDocx t = new TestDocx().pageFooter();
        t.plain("第一页");
        t.plain("第二页").createRun().addBreak(BreakType.PAGE);
        t.plain("第三页");
        RenderedPdf pdf = renderer.render(t.bytes());
        assertThat(pdf.pages()).isEqualTo(2);
        List<String> pages = PdfText.pages(pdf.bytes());
        assertThat(PdfText.normalized(pages.get(0))).endsWith("第1页共2页");
        assertThat(PdfText.normalized(pages.get(1))).startsWith("第三页").endsWith("第2页共2页");
    }

    @Test
    void theLiteralPageOfBlanksInAFooterIsFilled() {
        TestDocx t = new TestDocx().literalFooter("第   页  共   页");
        t.plain("正文");
        List<String> pages = PdfText.pages(renderer.render(t.bytes()).bytes());
        assertThat(PdfText.normalized(pages.getFirst())).isEqualTo("正文第1页共1页");
    }

    @Test
    void tablesWithMergedCellsCarryEachTextOnce() {
        TestDocx t = new TestDocx();
        XWPFTable table = t.table(new String[] {"当事人", "龙泉恒筑", "电话"}, new String[] {"住所", "八都镇", "0578"},
                new String[] {"", "续", "末"});
        // 当事人 spans two columns' width? no: merge 住所 vertically with the empty cell below, and span the last row
        var below = table.getRow(2).getCell(0).getCTTc().addNewTcPr();
        below.addNewVMerge();
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
        table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        table.getRow(0).removeCell(2);
        RenderedPdf pdf = renderer.render(t.bytes());
        String text = PdfText.normalized(PdfText.all(pdf.bytes()));
        assertThat(text).isEqualTo("当事人龙泉恒筑住所八都镇0578续末");
    }

    @Test
    void titlesAreBoldAndTheFontIsAnEmbeddedSubset() throws Exception {
        TestDocx t = new TestDocx();
        t.title("行政处罚决定书", 22);
        XWPFParagraph body = t.body("正文");
        assertThat(body.getText()).isEqualTo("正文");
        RenderedPdf pdf = renderer.render(t.bytes());
        try (PdfReader reader = new PdfReader(pdf.bytes())) {
            String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
            assertThat(content).as("bold drawn as fill+stroke").contains("2 Tr");
        }
        String raw = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(raw).containsPattern("/BaseFont\\s*/[A-Z]{6}\\+NotoSerifSC-Regular");
        assertThat(pdf.bytes().length).isLessThan(200_000);
    }

    @Test
    void fontFamiliesFollowTheWordFontNames() {
        assertThat(PdfFonts.familyOf("方正小标宋简体")).isEqualTo(PdfFonts.Family.TITLE);
        assertThat(PdfFonts.familyOf("仿宋_GB2312")).isEqualTo(PdfFonts.Family.FANGSONG);
        assertThat(PdfFonts.familyOf("FangSong")).isEqualTo(PdfFonts.Family.FANGSONG);
        assertThat(PdfFonts.familyOf("黑体")).isEqualTo(PdfFonts.Family.HEITI);
        assertThat(PdfFonts.familyOf("楷体_GB2312")).isEqualTo(PdfFonts.Family.KAITI);
        assertThat(PdfFonts.familyOf("Times New Roman")).isEqualTo(PdfFonts.Family.SONG);
        PdfFonts.Face title = new PdfFonts(false).face("方正小标宋简体");
        assertThat(title.official()).isFalse();
        assertThat(title.forceBold()).isTrue();
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        TestDocx t = new TestDocx();
        for (int i = 0; i < 12; i++) {
            t.body("当事人：龙泉恒筑建设工程有限公司，统一社会信用代码：91331181MA2HA8N5XE，住所：浙江省龙泉市剑池街道演示路18号。");
        }
        for (String page : PdfText.pages(renderer.render(t.bytes()).bytes())) {
            for (String line : page.strip().lines().toList()) {
                assertThat(line.strip()).as(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("：");
            }
        }
    }
}
