package org.zhifa.workstation.documents.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.documents.template.TestDocx;

@EnabledIfSystemProperty(named = "zhifa.scratch", matches = ".+")
class LinesPerPageProbe {
    @Test
    void probe() {
        TestDocx t = new TestDocx();
        for (int i = 1; i <= 40; i++) {
            t.body("第" + i + "行");
        }
        var r = new DocxPdfRenderer(new PdfFonts(false)).render(t.bytes());
        var pages = PdfText.pages(r.bytes());
        System.out.println("PROBE page1 lines: " + pages.get(0).strip().split("\\R").length + " last=" + pages.get(0).strip().lines().reduce((a, b) -> b).orElse(""));
    }
}
