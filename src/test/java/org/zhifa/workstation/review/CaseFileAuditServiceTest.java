package org.zhifa.workstation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.review.checks.DocumentText;
import org.zhifa.workstation.stats.StatsFixtures;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.files.ContentStore;

/** The audit of stored cases: the clean case, a vetoed one, produced documents, the PDF and XLSX reports, the demo township. */
class CaseFileAuditServiceTest {
    @TempDir
    Path dir;
    Stores stores;
    CaseFileAuditService service;

    @BeforeEach
    void data() {
        stores = StatsFixtures.open(dir);
        CaseRecord clean = AuditFixtures.clean();
        CaseRecord vetoed = renumber(AuditFixtures.replace(clean, MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(),
                r.kind(), List.of(r.actor()), r.recorder(), r.start(), r.end(), r.place(), true, true, r.subjectName(),
                r.summary())), "BD-2025-0998");
        StatsFixtures.insert(stores, List.of(clean, vetoed));
        service = new CaseFileAuditService(stores, dir, ProcedureSettings::defaults, AuditSettings::defaults,
                Clock.systemDefaultZone());
    }

    private static CaseRecord renumber(CaseRecord c, String caseNo) {
        return new CaseRecord(caseNo, c.authority(), c.matter(), c.party(), c.procedure(), c.state(), c.source(),
                c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(), c.closedOn(),
                c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), c.actions());
    }

    @Test
    void aStoredCleanCasePasses_andNotesThatItHasNoDocumentsYet() {
        AuditResult r = service.audit("BD-2025-0999", AuditFixtures.AS_OF);
        assertThat(r.findings()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(service.blocksSubmission(r)).isFalse();
        assertThat(r.authorityName()).isEqualTo("龙泉市八都镇人民政府");
        assertThat(r.skipped()).hasSize(3).allSatisfy(s -> assertThat(s).contains("尚未"));
    }

    @Test
    void aVetoBlocksSubmission() {
        AuditResult r = service.audit("BD-2025-0998", AuditFixtures.AS_OF);
        assertThat(service.blocksSubmission(r)).isTrue();
        assertThat(r.vetoFindings()).extracting(Finding::itemId).containsExactly("V02");
        assertThat(service.toJson(r)).contains("\"blocksSubmission\" : true").contains("\"item\" : \"V02\"");
    }

    @Test
    void anUnknownCaseIsRefused() {
        assertThatThrownBy(() -> service.audit("NOPE-1")).isInstanceOf(AuditException.class).hasMessageContaining("NOPE-1");
        assertThatThrownBy(() -> service.auditBatch(List.of("BD-2025-0999", "NOPE-2"))).isInstanceOf(AuditException.class)
                .hasMessageContaining("NOPE-2");
    }

    @Test
    void r37_r36_r40_producedDocumentsAreReadFromTheContentStore() throws Exception {
        ContentStore content = new ContentStore(dir);
        List<DocumentText> texts = AuditFixtures.cleanDocuments();
        try (Connection c = StatsFixtures.jdbc(dir)) {
            long caseId = caseId(c, "BD-2025-0999");
            long other = caseId(c, "BD-2025-0998");
            for (DocumentText t : texts) {
                String text = t.text();
                if (t.docType().equals("DECISION")) {
                    text = text.replace("壹拾万元整", "壹拾万零伍仟元整");
                }
                String sha = content.put(new ByteArrayInputStream(docx(text)));
                insertDocument(c, caseId, t.docType(), t.title(), t.number(), "DOCX", sha);
                insertDocument(c, caseId, t.docType(), t.title(), t.number(), "PDF", null);
            }
            // the other case's decision carries the same 文号
            insertDocument(c, other, "DECISION", "行政处罚决定书", "八都镇综执罚决〔2025〕1号", "PDF", null);
        }
        AuditResult r = service.audit("BD-2025-0999", AuditFixtures.AS_OF);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.findings()).extracting(Finding::itemId).containsExactlyInAnyOrder("F02", "F03");
        assertThat(r.findings()).filteredOn(f -> f.itemId().equals("F02")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("八都镇综执罚决〔2025〕1号").contains("其他案件1件"));
        assertThat(r.findings()).filteredOn(f -> f.itemId().equals("F03")).singleElement()
                .satisfies(f -> assertThat(f.place()).contains("行政处罚决定书").contains("八都镇综执罚决〔2025〕1号"));
        assertThat(r.score()).isEqualByComparingTo("98");
    }

    @Test
    void thePdfReportEmbedsTheBundledFont_andTheBatchWorkbookListsEveryCase() throws Exception {
        List<AuditResult> results = service.auditBatch(List.of("BD-2025-0999", "BD-2025-0998"), AuditFixtures.AS_OF);
        byte[] pdf = service.reportPdf(results.get(1));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-");
        assertThat(raw).contains("NotoSerifSC").contains("/FontFile2").contains("Identity-H");
        assertThat(pdf.length).as("a subset, not the 14 MB font").isLessThan(600_000);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(service.batchWorkbook(results)))) {
            var summary = wb.getSheetAt(0);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("执法主体（乡镇）");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("BD-2025-0999");
            assertThat(summary.getRow(2).getCell(8).getStringCellValue()).isEqualTo("合格");
            assertThat(summary.getRow(3).getCell(8).getStringCellValue()).isEqualTo("不合格");
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(eval.evaluate(summary.getRow(4).getCell(3)).getNumberValue()).isEqualTo(100.0);
            assertThat(eval.evaluate(summary.getRow(5).getCell(3)).getNumberValue()).isEqualTo(0.5);
            var findings = wb.getSheetAt(1);
            assertThat(findings.getRow(2).getCell(1).getStringCellValue()).isEqualTo("BD-2025-0998");
            assertThat(findings.getRow(2).getCell(2).getStringCellValue()).isEqualTo("V02");
            assertThat(findings.getRow(2).getCell(8).getStringCellValue()).isEqualTo("否决");
        }
    }

    @Test
    void theDemoTownshipAudits_withTheLateFilingOfItsFirstCaseFound(@TempDir Path demoDir) {
        try (Database db = Database.open(demoDir)) {
            Stores demo = Stores.over(db);
            CaseService cases = new CaseService(demo);
            new DemoTownshipLoader(demo, cases.importer(), o -> { }).load();
            CaseFileAuditService s = CaseFileAuditService.over(demo, demoDir, ProcedureSettings::defaults);
            List<String> all = cases.list(CaseQuery.all()).stream().map(CaseSummary::caseNo).toList();
            List<AuditResult> results = s.auditBatch(all, LocalDate.of(2026, 11, 25));
            assertThat(results).hasSize(20).noneMatch(AuditResult::vetoed).allMatch(AuditResult::passed);
            AuditResult first = results.stream().filter(r -> r.caseNo().equals("BD-2025-0001")).findFirst().orElseThrow();
            assertThat(first.findings()).extracting(Finding::itemId).containsExactly("C01");
            assertThat(first.score()).isEqualByComparingTo("99");
            // the seed 002 defects planted in the demo data
            AuditResult av = results.stream().filter(r -> r.caseNo().equals("BD-2025-0009")).findFirst().orElseThrow();
            assertThat(av.findings()).extracting(Finding::itemId).containsExactly("F05", "C11");
            assertThat(av.findings().getFirst().message()).contains("记录人", "记录起止时间", "证明内容");
            assertThat(av.findings().get(1).message()).contains("法制审核意见为空");
            AuditResult order = results.stream().filter(r -> r.caseNo().equals("BD-2025-0010")).findFirst().orElseThrow();
            assertThat(order.findings()).extracting(Finding::itemId).containsExactly("C03", "C13");
            assertThat(order.findings().get(1).message()).contains("裁量权基准");
            assertThat(results).filteredOn(r -> !List.of("BD-2025-0001", "BD-2025-0009", "BD-2025-0010").contains(r.caseNo()))
                    .as("the clean cases").allMatch(r -> r.findings().isEmpty());
        }
    }

    private static long caseId(Connection c, String caseNo) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM case_file WHERE case_no = ?")) {
            ps.setString(1, caseNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertDocument(Connection c, long caseId, String type, String title, String number, String format,
                                       String sha) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document (case_id, doc_type, title, doc_number, "
                + "issued_on, format, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setString(2, type);
            ps.setString(3, title);
            ps.setString(4, number);
            ps.setObject(5, LocalDate.of(2025, 3, 17));
            ps.setString(6, format);
            ps.setString(7, sha);
            ps.setObject(8, LocalDateTime.now());
            ps.executeUpdate();
        }
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("。")) {
                doc.createParagraph().createRun().setText(line + "。");
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
