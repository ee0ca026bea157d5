package org.zhifa.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.documents.DocumentException.Reason;
import org.zhifa.workstation.documents.template.TestDocx;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.money.AmountInWords;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;
import org.zhifa.workstation.store.DocumentRepository;

/**
 * The decisions of the demo township through the whole engine (real templates, real font): R23 (every Art 59 item
 * and the clauses), R36 (大写), R25 (on-site: 复议前置), R37 (文号), the same text in PDF and Word, the font subset,
 * and the errors.
 */
class DecisionDocumentTest {
    @TempDir
    static Path dir;
    static DocumentsFixture fixture;

    @BeforeAll
    static void open() {
        fixture = DocumentsFixture.open(dir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CaseRecord find(String caseNo) {
        return fixture.workstation().cases().find(caseNo).orElseThrow();
    }

    private static String norm(String s) {
        return PdfText.normalized(s);
    }

    @Test
    void theHearingCaseDecisionCarriesEveryArticle59ItemAndTheClauses() {
        CaseRecord c = find("BD-2025-0008");
        RenderedDocument pdf = fixture.service().render("BD-2025-0008", DocumentType.DECISION, DocumentFormat.PDF);
        String text = norm(PdfText.all(pdf.bytes()));
        Decide decided = c.last(Decide.class).orElseThrow();
        assertThat(pdf.number()).matches("八都镇综执罚决〔2026〕\\d+号");
        assertThat(text).contains(norm(pdf.number()));
        // party name, number and address
        assertThat(text).contains(norm(c.party().name()), c.party().identifier(), norm(c.party().address()));
        // facts and evidence
        assertThat(text).contains(norm(c.facts()).substring(0, 20));
        for (Evidence e : c.evidence()) {
            assertThat(text).contains(norm(e.title()));
        }
        // penalty and its legal basis
        assertThat(text).contains(norm(c.matter().penaltyProvision()).substring(0, 10));
        assertThat(text).contains(norm(c.matter().violatedProvision()).substring(0, 10));
        // R36: the fine in figures and in words
        assertThat(text).contains(AmountInWords.of(decided.penalty().fine()));
        assertThat(text).contains("人民币壹拾贰万元整");
        // how and by when: 15 days, bank or electronic payment; the 加处罚款 standard
        assertThat(text).contains("十五日");
        assertThat(text).contains("每日按罚款数额的百分之三加处罚款");
        assertThat(text).contains("加处罚款的数额不超出罚款的数额");
        // remedy: 60 days 复议 to the county government, 6 months 诉讼 to the court
        assertThat(text).contains("六十日内向龙泉市人民政府申请行政复议");
        assertThat(text).contains("六个月内向龙泉市人民法院提起行政诉讼");
        // authority, date, seal position
        assertThat(text).contains("龙泉市八都镇人民政府", "二〇二六年一月六日");
        // the discretion statement
        String discretion = decided.discretionStatement() != null && !decided.discretionStatement().isBlank()
                ? decided.discretionStatement()
                : CaseDiscretion.assess(c, decided.penalty().fine(), decided.departureReason()).sentence();
        assertThat(text).contains(norm(discretion).substring(0, Math.min(30, norm(discretion).length())));
    }

    @Test
    void r36TheWordsEqualTheFigureOfTheFine() {
        CaseRecord c = find("BD-2025-0007");
        BigDecimal fine = c.last(Decide.class).orElseThrow().penalty().fine();
        RenderedDocument pdf = fixture.service().render("BD-2025-0007", DocumentType.DECISION, DocumentFormat.PDF);
        String text = norm(PdfText.all(pdf.bytes()));
        assertThat(AmountInWords.of(fine)).isEqualTo("人民币壹仟元整");
        assertThat(text).contains("人民币壹仟元整");
        assertThat(text).contains("1000");
    }

    @Test
    void r25TheOnSiteDecisionStatesReconsiderationFirstAndNeverTheSixMonthsRoute() {
        RenderedDocument pdf = fixture.service().render("BD-2025-0003", DocumentType.ON_SITE_DECISION, DocumentFormat.PDF);
        String text = norm(PdfText.all(pdf.bytes()));
        assertThat(pdf.number()).isNull();
        assertThat(text).contains("八都镇综执当罚〔2025〕0031号");
        assertThat(text).contains("六十日内向龙泉市人民政府申请行政复议");
        assertThat(text).contains("对行政复议决定不服的");
        assertThat(text).contains("十五日内向龙泉市人民法院提起行政诉讼");
        assertThat(text).doesNotContain("或者六个月内");
        RenderedDocument docx = fixture.service().render("BD-2025-0003", DocumentType.ON_SITE_DECISION, DocumentFormat.DOCX);
        assertThat(norm(PdfText.docxBody(docx.bytes()))).doesNotContain("或者六个月内");
    }

    @Test
    void pdfAndWordCarryTheSameText() throws Exception {
        record Doc(String caseNo, DocumentType type) { }
        for (Doc d : List.of(new Doc("BD-2025-0008", DocumentType.DECISION), new Doc("BD-2025-0007", DocumentType.DECISION),
                new Doc("BD-2025-0003", DocumentType.ON_SITE_DECISION), new Doc("BD-2025-0008", DocumentType.FILING_APPROVAL),
                new Doc("BD-2025-0008", DocumentType.INQUIRY_RECORD), new Doc("BD-2025-0008", DocumentType.SERVICE_RECEIPT),
                new Doc("BD-2025-0008", DocumentType.EVIDENCE_LIST))) {
            String caseNo = d.caseNo();
            RenderedDocument pdf = fixture.service().render(caseNo, d.type(), DocumentFormat.PDF);
            RenderedDocument docx = fixture.service().render(caseNo, d.type(), DocumentFormat.DOCX);
            assertThat(docx.number()).isEqualTo(pdf.number());
            String body = norm(PdfText.docxBody(docx.bytes()));
            String pdfText = norm(PdfText.all(pdf.bytes()));
            for (Pattern p : headerFooterPatterns(docx.bytes())) {
                pdfText = p.matcher(pdfText).replaceAll("");
            }
            assertThat(pdfText).as("%s %s", caseNo, d.type()).isEqualTo(body);
        }
    }

    /** The header and footer texts of the Word file as patterns, page numbers left open. */
    private static List<Pattern> headerFooterPatterns(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = new java.util.ArrayList<>();
            for (XWPFHeader h : d.getHeaderList()) {
                texts.add(h.getText());
            }
            for (XWPFFooter f : d.getFooterList()) {
                texts.add(f.getText());
            }
            return texts.stream().map(DecisionDocumentTest::norm).filter(s -> !s.isEmpty()).map(s -> {
                StringBuilder re = new StringBuilder();
                for (String part : s.split("\\d+|(?<=第)|(?=页)", -1)) {
                    if (!re.isEmpty()) {
                        re.append("\\d*");
                    }
                    re.append(Pattern.quote(part));
                }
                return Pattern.compile(re.toString());
            }).toList();
        }
    }

    @Test
    void thePdfEmbedsASubsetOfTheFont() {
        RenderedDocument pdf = fixture.service().render("BD-2025-0008", DocumentType.DECISION, DocumentFormat.PDF);
        assertThat(pdf.bytes().length).isLessThan(1_000_000);
        String raw = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/BaseFont\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)").matcher(raw);
        assertThat(m.find()).as("a subset font name ABCDEF+Name").isTrue();
        assertThat(m.group(2)).contains("NotoSerifSC");
        assertThat(raw).contains("/FontFile2");
    }

    @Test
    void aRenderedDocumentIsStoredWithItsNumberAndReRenderingKeepsTheNumber() {
        RenderedDocument first = fixture.service().render("BD-2025-0006", DocumentType.DECISION, DocumentFormat.PDF);
        RenderedDocument again = fixture.service().render("BD-2025-0006", DocumentType.DECISION, DocumentFormat.DOCX);
        RenderedDocument third = fixture.service().render("BD-2025-0006", DocumentType.DECISION, DocumentFormat.PDF);
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(third.number()).isEqualTo(first.number());
        List<DocumentRepository.DocumentRow> rows = fixture.service().produced("BD-2025-0006");
        assertThat(rows).filteredOn(r -> r.docType().equals("DECISION")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.number()).isEqualTo(first.number());
                    assertThat(r.sha256()).hasSize(64);
                    assertThat(r.sizeBytes()).isPositive();
                    assertThat(r.issuedOn()).isEqualTo(java.time.LocalDate.of(2025, 9, 15));
                });
        assertThat(rows).filteredOn(r -> r.docType().equals("DECISION") && r.format().equals("PDF"))
                .singleElement().satisfies(r -> assertThat(r.pages()).isPositive());
        assertThat(fixture.workstation().dataDirectory().resolve("files").resolve(third.sha256().substring(0, 2))
                .resolve(third.sha256())).exists();
    }

    @Test
    void aMissingFieldNamesFieldAndTemplateAndLeavesNoGapInTheNumbers(@TempDir Path templates) throws Exception {
        // a county-edited decision template that uses a field no case provides
        TestDocx broken = new TestDocx();
        broken.title("{{authority.name}}", 22);
        broken.body("{{document.number}} 当事人：{{party.name}}，{{decision.noSuchField}}");
        Files.write(templates.resolve("DECISION_BROKEN.docx"), broken.bytes());
        writeIndex(templates, "DECISION", "DECISION_BROKEN.docx", null);
        DocumentService edited = fixture.serviceWithTemplates(templates);

        int before = lastDecisionSerial(2025);
        assertThatThrownBy(() -> edited.render("BD-2025-0005", DocumentType.DECISION, DocumentFormat.PDF))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
                    assertThat(e.getMessage()).contains("decision.noSuchField", "DECISION_BROKEN.docx");
                });
        assertThat(lastDecisionSerial(2025)).isEqualTo(before);
        RenderedDocument ok = fixture.service().render("BD-2025-0005", DocumentType.DECISION, DocumentFormat.PDF);
        assertThat(ok.number()).isEqualTo("八都镇综执罚决〔2025〕" + (before + 1) + "号");
    }

    @Test
    void aMissingRequiredFieldIsReportedBeforeAnything(@TempDir Path templates) throws Exception {
        writeIndex(templates, "DECISION", null, "decision.requiredButAbsent");
        DocumentService edited = fixture.serviceWithTemplates(templates);
        int before = lastDecisionSerial(2025);
        assertThatThrownBy(() -> edited.render("BD-2025-0001", DocumentType.DECISION, DocumentFormat.DOCX))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
                    assertThat(e.field()).contains("decision.requiredButAbsent");
                    assertThat(e.getMessage()).contains("decision.requiredButAbsent", "DECISION.docx");
                });
        assertThat(lastDecisionSerial(2025)).isEqualTo(before);
    }

    @Test
    void r37TwoDecisionsOfOneYearGetConsecutiveNumbersAndOtherTypesTheirOwnSequence() {
        RenderedDocument a = fixture.service().render("BD-2026-0004", DocumentType.DECISION, DocumentFormat.PDF);
        RenderedDocument b = fixture.service().render("BD-2026-0005", DocumentType.DECISION, DocumentFormat.PDF);
        assertThat(serial(b.number())).isEqualTo(serial(a.number()) + 1);
        assertThat(a.number()).startsWith("八都镇综执罚决〔2026〕");
        // the 告知书 cited by the decision came first, from its own sequence
        RenderedDocument notice = fixture.service().render("BD-2026-0005", DocumentType.ADVANCE_NOTICE, DocumentFormat.PDF);
        assertThat(notice.number()).startsWith("八都镇综执罚告〔2026〕");
        List<String> all = fixture.service().numbers("BD-2026-0005").stream().map(DocumentRepository.NumberRow::number).toList();
        assertThat(all).doesNotHaveDuplicates().contains(notice.number(), b.number());
    }

    @Test
    void unknownTypeCaseAndMissingStepAreClearErrors() {
        assertThatThrownBy(() -> DocumentService.parseType("DECISON"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TYPE);
                    assertThat(e.getMessage()).contains("DECISON", "DECISION");
                });
        assertThatThrownBy(() -> fixture.service().render("BD-9999-0001", DocumentType.DECISION, DocumentFormat.PDF))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CASE_NOT_FOUND));
        // BD-2026-0010 is only a lead: no decision
        assertThatThrownBy(() -> fixture.service().render("BD-2026-0010", DocumentType.DECISION, DocumentFormat.PDF))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.STEP_MISSING);
                    assertThat(e.getMessage()).contains("BD-2026-0010", "行政处罚决定");
                });
    }

    private static int serial(String number) {
        Matcher m = Pattern.compile("〔\\d{4}〕第?0*(\\d+)号").matcher(number);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int lastDecisionSerial(int year) {
        DocumentRepository repo = new DocumentRepository(fixture.stores().reference());
        return fixture.database().read(tx -> repo.lastNumber(tx, "BADU", "罚决", year));
    }

    /** A copy of the repository's index with one entry's file and/or an extra required field changed. */
    private static void writeIndex(Path dir, String type, String file, String extraRequired) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        var root = mapper.readTree(DocumentsFixture.templatesDirectory().resolve("index.json").toFile());
        ArrayNode list = (ArrayNode) (root.isArray() ? root : root.get("templates"));
        for (var n : list) {
            if (n.path("type").asText().equals(type)) {
                if (file != null) {
                    ((ObjectNode) n).put("file", file);
                }
                if (extraRequired != null) {
                    ((ObjectNode) n).withArrayProperty("required").add(extraRequired);
                }
            }
        }
        Files.writeString(dir.resolve("index.json"), mapper.writeValueAsString(root));
    }
}
