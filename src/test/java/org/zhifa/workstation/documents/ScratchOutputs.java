package org.zhifa.workstation.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes sample outputs of the demo township for looking at (opt-in: -Dzhifa.scratch=DIR): the decisions, the
 * on-site decision, a 笔录 and two 卷宗.
 */
@EnabledIfSystemProperty(named = "zhifa.scratch", matches = ".+")
class ScratchOutputs {
    @Test
    void write(@TempDir Path data) throws Exception {
        Path out = Path.of(System.getProperty("zhifa.scratch"));
        if (out.toString().equals("true")) {
            out = Path.of("/tmp/zhifa-scratch");
        }
        Files.createDirectories(out);
        try (DocumentsFixture f = DocumentsFixture.open(data)) {
            DocumentService s = f.service();
            for (String caseNo : new String[] {"BD-2025-0008", "BD-2025-0007"}) {
                Files.write(out.resolve(caseNo + "-decision.pdf"), s.render(caseNo, DocumentType.DECISION, DocumentFormat.PDF).bytes());
                Files.write(out.resolve(caseNo + "-decision.docx"), s.render(caseNo, DocumentType.DECISION, DocumentFormat.DOCX).bytes());
            }
            Files.write(out.resolve("BD-2025-0003-onsite.pdf"), s.render("BD-2025-0003", DocumentType.ON_SITE_DECISION, DocumentFormat.PDF).bytes());
            Files.write(out.resolve("BD-2025-0008-inquiry.pdf"), s.render("BD-2025-0008", DocumentType.INQUIRY_RECORD, DocumentFormat.PDF).bytes());
            Files.write(out.resolve("BD-2025-0008-casefile.pdf"), s.caseFile("BD-2025-0008").pdf());
            Files.write(out.resolve("BD-2025-0003-casefile.pdf"), s.caseFile("BD-2025-0003").pdf());
        }
    }
}
