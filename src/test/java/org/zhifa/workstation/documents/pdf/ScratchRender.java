package org.zhifa.workstation.documents.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhifa.workstation.documents.template.TestDocx;

/** Writes a sample PDF to /tmp for looking at (opt-in: -Dzhifa.scratch=true). */
@EnabledIfSystemProperty(named = "zhifa.scratch", matches = "true")
class ScratchRender {
    @Test
    void write() throws Exception {
        TestDocx t = new TestDocx().pageFooter();
        t.title("龙泉市八都镇人民政府", 22);
        t.title("行政处罚决定书", 22);
        var num = t.plain("八都镇综执罚决〔2025〕15号");
        num.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        t.body("当事人：龙泉恒筑建设工程有限公司，统一社会信用代码：91331181MA2HXXXX0X，住所：龙泉市八都镇某路8号。");
        for (int i = 0; i < 6; i++) {
            t.body("经查，当事人于2025年9月12日在八都镇某村未经核准擅自倾倒建筑垃圾约30立方米，违反了《城市市容和环境卫生管理条例》第二十条第一款的规定。以上事实有现场检查笔录、询问笔录、现场照片等证据证实。");
        }
        XWPFTable tbl = t.table(new String[] {"序号", "证据名称", "证明对象"}, new String[] {"1", "现场照片", "倾倒事实"},
                new String[] {"2", "询问笔录（余某某）", "当事人陈述与申辩"});
        t.body("如不服本决定，可以自收到本决定书之日起六十日内向龙泉市人民政府申请行政复议，或者六个月内向龙泉市人民法院提起行政诉讼。");
        var seal = t.plain("龙泉市八都镇人民政府（印章）");
        seal.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        var date = t.plain("二〇二五年十月二十日");
        date.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        var r = new DocxPdfRenderer(new PdfFonts(false)).render(t.bytes());
        Files.write(Path.of("/tmp/scratch.pdf"), r.bytes());
        Files.write(Path.of("/tmp/scratch.docx"), t.bytes());
        System.out.println("pages " + r.pages() + " size " + r.bytes().length);
    }
}
