package org.zhifa.workstation.documents.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentException.Reason;

class TemplateFillerTest {

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument d = open(docx); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    private static FieldValues values() {
        return new FieldValues().put("party.name", "龙泉恒筑建设工程有限公司").put("decision.fine", "120000")
                .put("decision.fineWords", "人民币壹拾贰万元整");
    }

    @Test
    void replacesAFieldSplitAcrossRunsKeepingTheFirstRunsFormatting() throws IOException {
        TestDocx t = new TestDocx();
        XWPFParagraph p = t.body("当事人：", "{{par", "ty.na", "me}}", "。");
        p.getRuns().get(1).setBold(true);
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", values(), List.of());
        try (XWPFDocument d = open(out)) {
            XWPFParagraph filled = d.getParagraphs().getFirst();
            assertThat(filled.getText()).isEqualTo("当事人：龙泉恒筑建设工程有限公司。");
            XWPFRun first = filled.getRuns().get(1);
            assertThat(first.text()).isEqualTo("龙泉恒筑建设工程有限公司");
            assertThat(first.isBold()).isTrue();
            assertThat(first.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(TestDocx.BODY_FONT);
        }
    }

    @Test
    void replacesSeveralFieldsInOneRunAndAmountsInFiguresAndWords() throws IOException {
        TestDocx t = new TestDocx();
        t.body("罚款{{decision.fine}}元（大写：{{decision.fineWords}}）。");
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", values(), List.of());
        assertThat(text(out)).contains("罚款120000元（大写：人民币壹拾贰万元整）。");
    }

    @Test
    void aLineBreakInAValueBecomesABreakInTheSameRun() throws IOException {
        TestDocx t = new TestDocx();
        t.body("事实：{{case.facts}}完");
        FieldValues v = new FieldValues().put("case.facts", "第一行\n第二行");
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", v, List.of());
        try (XWPFDocument d = open(out)) {
            XWPFParagraph p = d.getParagraphs().getFirst();
            assertThat(p.getText()).isEqualTo("事实：第一行\n第二行完");
            assertThat(p.getRuns().getFirst().getCTR().sizeOfBrArray()).isEqualTo(1);
        }
    }

    @Test
    void repeatsEachRowsForEveryElementAndRemovesTheMarker() throws IOException {
        TestDocx t = new TestDocx();
        t.table(new String[] {"序号", "证据名称", "证明对象"},
                new String[] {"{{#each evidence}}{{item.seq}}", "{{item.title}}", "{{item.proves}}（{{party.name}}）"});
        FieldValues v = values().putList("evidence", List.of(
                Map.of("seq", "1", "title", "现场照片", "proves", "倾倒事实"),
                Map.of("seq", "2", "title", "询问笔录", "proves", "当事人陈述")));
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", v, List.of());
        try (XWPFDocument d = open(out)) {
            XWPFTable table = d.getTables().getFirst();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("现场照片");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("2");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("当事人陈述（龙泉恒筑建设工程有限公司）");
        }
    }

    @Test
    void anEmptyListLeavesNoRow() throws IOException {
        TestDocx t = new TestDocx();
        t.table(new String[] {"序号", "名称"}, new String[] {"{{#each items}}{{item.seq}}", "{{item.name}}"});
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx",
                new FieldValues().putList("items", List.of()), List.of());
        try (XWPFDocument d = open(out)) {
            assertThat(d.getTables().getFirst().getRows()).hasSize(1);
        }
    }

    @Test
    void keepsOrDropsIfBlocksAndRemovesTheMarkerParagraphs() throws IOException {
        TestDocx t = new TestDocx();
        t.plain("前");
        t.plain("{{#if hearing}}");
        t.plain("听证段落");
        t.table(new String[] {"听证表格"});
        t.plain("{{/if}}");
        t.plain("{{#if other}}");
        t.plain("其他段落");
        t.plain("{{/if}}");
        t.plain("后");
        FieldValues v = new FieldValues().putFlag("hearing", false).put("other", "true");
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", v, List.of());
        String s = text(out);
        assertThat(s).contains("前", "其他段落", "后").doesNotContain("听证", "{{");
        try (XWPFDocument d = open(out)) {
            assertThat(d.getTables()).isEmpty();
            assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("前", "其他段落", "后");
        }
    }

    @Test
    void fillsHeadersAndFooters() throws IOException {
        TestDocx t = new TestDocx().literalFooter("{{party.name}} 第 页 共 页");
        t.plain("正文");
        byte[] out = TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "T.docx", values(), List.of());
        try (XWPFDocument d = open(out)) {
            assertThat(d.getFooterList().getFirst().getText()).contains("龙泉恒筑建设工程有限公司 第 页 共 页");
        }
    }

    @Test
    void aFieldWithoutValueIsAnErrorNamingFieldAndTemplate() {
        TestDocx t = new TestDocx();
        t.body("决定日期：{{decision.date}}");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "DECISION.docx", values(), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
                    assertThat(e.field()).contains("decision.date");
                    assertThat(e.template()).contains("DECISION.docx");
                    assertThat(e.getMessage()).contains("decision.date", "DECISION.docx");
                });
    }

    @Test
    void aRequiredFieldMissingOrBlankIsAnErrorBeforeAnythingElse() {
        TestDocx t = new TestDocx();
        t.body("无字段");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "X.docx", values(),
                List.of("party.name", "party.address")))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.field()).contains("party.address"));
        FieldValues blank = values().put("party.address", "  ");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "X.docx", blank,
                List.of("party.address")))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD));
    }

    @Test
    void aMissingFlagOrListIsAnError() {
        TestDocx t = new TestDocx();
        t.plain("{{#if hearing}}");
        t.plain("x");
        t.plain("{{/if}}");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "X.docx", values(), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.field()).contains("hearing"));
        TestDocx t2 = new TestDocx();
        t2.table(new String[] {"{{#each evidence}}{{item.title}}"});
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t2.bytes()), "X.docx", values(), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.field()).contains("evidence"));
    }

    @Test
    void aMissingItemFieldNamesTheListAndTheItem() {
        TestDocx t = new TestDocx();
        t.table(new String[] {"{{#each evidence}}{{item.title}}", "{{item.kind}}"});
        FieldValues v = new FieldValues().putList("evidence", List.of(Map.of("title", "照片")));
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "X.docx", v, List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
                    assertThat(e.getMessage()).contains("item.kind", "evidence", "X.docx");
                });
    }

    @Test
    void misplacedOrUnclosedMarkersAreTemplateErrors() {
        TestDocx t = new TestDocx();
        t.plain("{{#if a}}");
        t.plain("x");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t.bytes()), "X.docx",
                new FieldValues().putFlag("a", true), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TEMPLATE));
        TestDocx t2 = new TestDocx();
        t2.plain("文字{{#each list}}文字");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t2.bytes()), "X.docx",
                new FieldValues().putList("list", List.of()), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TEMPLATE));
        TestDocx t3 = new TestDocx();
        t3.plain("{{item.title}}");
        assertThatThrownBy(() -> TemplateFiller.fill(new ByteArrayInputStream(t3.bytes()), "X.docx", values(), List.of()))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TEMPLATE));
    }
}
