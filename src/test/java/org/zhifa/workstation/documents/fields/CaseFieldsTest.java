package org.zhifa.workstation.documents.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.template.FieldValues;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.money.AmountInWords;

/**
 * The templates of templates/ and the fields CaseFields makes for them, on the demo township: every template opens
 * with POI and keeps to the syntax, every field it uses is documented and produced for a case at the right stage,
 * the decision carries every Art 59 item (R23), the on-site decision says 复议前置 (R25), the party's name and number
 * are the same in every document (R40).
 */
class CaseFieldsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Map<DocumentType, String> NUMBERS = new EnumMap<>(Map.of(
            DocumentType.FILING_APPROVAL, "八都镇综执立〔2025〕8号",
            DocumentType.ADVANCE_NOTICE, "八都镇综执罚告〔2025〕9号",
            DocumentType.DECISION, "八都镇综执罚决〔2026〕1号",
            DocumentType.NO_PENALTY_DECISION, "八都镇综执不罚决〔2025〕2号",
            DocumentType.URGING_NOTICE, "八都镇综执催告〔2026〕1号"));
    /** The cases (at the stage the document needs) each template is filled for. */
    private static final Map<DocumentType, List<String>> CASES = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType t : DocumentType.values()) {
            CASES.put(t, List.of("BD-2025-0008"));
        }
        CASES.put(DocumentType.SOURCE_REGISTER, List.of("BD-2025-0008", "BD-2026-0010", "BD-2025-0003"));
        CASES.put(DocumentType.EVIDENCE_LIST, List.of("BD-2025-0008", "BD-2025-0003"));
        CASES.put(DocumentType.PRESERVATION_NOTICE, List.of("BD-2026-0001"));
        CASES.put(DocumentType.PRESERVATION_LIST, List.of("BD-2026-0001"));
        CASES.put(DocumentType.PRESERVATION_DECISION, List.of("BD-2026-0001"));
        CASES.put(DocumentType.CORRECTION_NOTICE, List.of("BD-2025-0008", "BD-2025-0004"));
        CASES.put(DocumentType.INVESTIGATION_REPORT, List.of("BD-2025-0008", "BD-2026-0001", "BD-2025-0002"));
        CASES.put(DocumentType.ADVANCE_NOTICE, List.of("BD-2025-0008", "BD-2025-0007", "BD-2026-0003"));
        CASES.put(DocumentType.REPRESENTATION_RECORD, List.of("BD-2025-0007"));
        CASES.put(DocumentType.DECISION_APPROVAL, List.of("BD-2025-0008", "BD-2025-0007", "BD-2026-0006"));
        CASES.put(DocumentType.DECISION, List.of("BD-2025-0008", "BD-2025-0007", "BD-2026-0006"));
        CASES.put(DocumentType.NO_PENALTY_DECISION, List.of("BD-2025-0002", "BD-2026-0002"));
        CASES.put(DocumentType.ON_SITE_DECISION, List.of("BD-2025-0003", "BD-2025-0004"));
        CASES.put(DocumentType.SERVICE_RECEIPT, List.of("BD-2025-0008", "BD-2025-0007", "BD-2025-0002"));
        CASES.put(DocumentType.URGING_NOTICE, List.of("BD-2026-0004"));
        CASES.put(DocumentType.CLOSURE_APPROVAL, List.of("BD-2025-0008", "BD-2025-0003", "BD-2026-0002"));
        CASES.put(DocumentType.FILE_COVER, List.of("BD-2025-0008", "BD-2025-0003", "BD-2026-0001"));
    }

    @TempDir
    static Path dir;
    private static DemoCases demo;
    private static JsonNode index;

    @BeforeAll
    static void open() throws IOException {
        demo = DemoCases.open(dir);
        index = new ObjectMapper().readTree(templates().resolve("index.json").toFile());
    }

    @AfterAll
    static void close() {
        if (demo != null) {
            demo.close();
        }
    }

    private static Path templates() {
        return DemoCases.repoRoot().resolve("templates");
    }

    private static TemplateScan scan(DocumentType type) throws IOException {
        return TemplateScan.of(templates().resolve(type.templateFile()));
    }

    /** The case as the document needs it: BD-2026-0004 gets a 催告 served on 2026-12-10 for the 催告书. */
    private static CaseRecord caseFor(String caseNo, DocumentType type) {
        CaseRecord c = demo.get(caseNo);
        if (type == DocumentType.URGING_NOTICE) {
            c = c.with(new ServeUrging(LocalDate.of(2026, 12, 10), "O05"), c.state());
        }
        return c;
    }

    private static FieldContext context(DocumentType type, Integer occurrence) {
        FieldContext ctx = demo.context().withDocumentDate(TODAY).withNumbers(NUMBERS).withOccurrence(occurrence)
                .withCaseFile(new CaseFileSummary(List.of(
                        new FileIndexEntry("案件来源登记表", null, LocalDate.of(2025, 11, 20), 1, 1, null),
                        new FileIndexEntry("立案审批表", "八都镇综执立〔2025〕8号", LocalDate.of(2025, 11, 21), 2, 3, ""),
                        new FileIndexEntry("行政处罚决定书", "八都镇综执罚决〔2026〕1号", LocalDate.of(2026, 1, 6), 4, 7, null)),
                        3, 7));
        return NUMBERS.containsKey(type) ? ctx.withDocumentNumber(NUMBERS.get(type))
                : numbered(type) ? ctx.withDocumentNumber("八都镇综执" + entry(type).path("numberCode").asText() + "〔2026〕1号")
                : ctx;
    }

    private static FieldValues fields(String caseNo, DocumentType type) {
        return CaseFields.forCase(caseFor(caseNo, type), type, context(type, null));
    }

    private static JsonNode entry(DocumentType type) {
        for (JsonNode n : index) {
            if (type.name().equals(n.path("type").asText())) {
                return n;
            }
        }
        throw new AssertionError("no index entry for " + type);
    }

    private static boolean numbered(DocumentType type) {
        return entry(type).path("numbered").asBoolean();
    }

    private static List<String> required(DocumentType type) {
        List<String> out = new ArrayList<>();
        entry(type).path("required").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String filled(String caseNo, DocumentType type) throws IOException {
        return TemplateScan.fill(templates().resolve(type.templateFile()), fields(caseNo, type));
    }

    // ------------------------------------------------------------------ templates and index

    @Test
    void everyTypeHasATemplateThatOpensAndKeepsToTheSyntax() throws IOException {
        assertThat(DocumentType.values()).hasSizeGreaterThanOrEqualTo(22);
        for (DocumentType type : DocumentType.values()) {
            Path file = templates().resolve(type.templateFile());
            assertThat(file).as(type.name()).isRegularFile();
            TemplateScan scan = scan(type);
            assertThat(scan.problems()).as(type + " markers").isEmpty();
            assertThat(scan.fields()).as(type + " fields").isNotEmpty();
            assertThat(scan.text()).as(type + " shows its authority or title")
                    .containsAnyOf("{{authority.name}}", "{{document.title}}", "{{review.unit}}");
        }
    }

    @Test
    void indexDescribesEveryTemplate() throws IOException {
        assertThat(index.isArray()).isTrue();
        Set<String> types = new TreeSet<>();
        for (JsonNode n : index) {
            assertThat(types.add(n.path("type").asText())).as("one entry per type").isTrue();
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(DocumentType.class).stream().map(Enum::name).toList());
        int previous = 0;
        for (DocumentType type : DocumentType.values()) {
            JsonNode e = entry(type);
            assertThat(e.path("title").asText()).isEqualTo(CaseFields.title(type));
            assertThat(e.path("file").asText()).isEqualTo(type.templateFile());
            assertThat(e.path("procedure").asText()).isIn("GENERAL", "SUMMARY", "BOTH");
            int order = e.path("archiveOrder").asInt();
            assertThat(order).as(type + " follows the archive order of domain.md §4").isBetween(1, 21)
                    .isGreaterThanOrEqualTo(previous);
            previous = order;
            assertThat(e.path("numberCode").isNull()).as(type + " numberCode iff numbered").isEqualTo(!numbered(type));
            TemplateScan scan = scan(type);
            List<String> required = required(type);
            Set<String> names = new LinkedHashSet<>(scan.fields());
            names.addAll(scan.lists());
            assertThat(names).as(type + ": every required name is used").containsAll(required);
            Set<String> notRequired = new LinkedHashSet<>(scan.required());
            required.forEach(notRequired::remove);
            assertThat(notRequired).as(type + ": a field outside blocks is required unless it may be blank")
                    .isSubsetOf(TemplateGenerator.MAY_BE_BLANK);
            assertThat(scan.text().contains("{{document.number}}")).as(type + " 文号 line iff numbered")
                    .isEqualTo(numbered(type));
        }
        Map<DocumentType, String> codes = new LinkedHashMap<>();
        codes.put(DocumentType.FILING_APPROVAL, "立");
        codes.put(DocumentType.ADVANCE_NOTICE, "罚告");
        codes.put(DocumentType.DECISION, "罚决");
        codes.put(DocumentType.NO_PENALTY_DECISION, "不罚决");
        codes.put(DocumentType.CORRECTION_NOTICE, "责改");
        codes.put(DocumentType.PRESERVATION_NOTICE, "先保");
        codes.put(DocumentType.URGING_NOTICE, "催告");
        codes.forEach((t, code) -> assertThat(entry(t).path("numberCode").asText()).as(t.name()).isEqualTo(code));
        assertThat(numbered(DocumentType.ON_SITE_DECISION)).as("on-site serials are pre-printed").isFalse();
        assertThat(entry(DocumentType.ON_SITE_DECISION).path("procedure").asText()).isEqualTo("SUMMARY");
        assertThat(entry(DocumentType.DECISION).path("archiveOrder").asInt()).isEqualTo(18);
    }

    @Test
    void everyFieldOfEveryTemplateIsDocumented() throws IOException {
        String readme = Files.readString(templates().resolve("README.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*)`").matcher(readme);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>();
        for (DocumentType type : DocumentType.values()) {
            TemplateScan scan = scan(type);
            for (Set<String> names : List.of(scan.fields(), scan.lists(), scan.flags(), scan.itemFields())) {
                names.stream().filter(n -> !documented.contains(n)).forEach(n -> missing.add(type + ": " + n));
            }
        }
        assertThat(missing).as("fields used in templates but not documented in templates/README.md").isEmpty();
        for (String blankOk : TemplateGenerator.MAY_BE_BLANK) {
            assertThat(readme).as(blankOk + " is marked blank ok")
                    .containsPattern("`" + Pattern.quote(blankOk) + "`[^\\n]*blank ok");
        }
    }

    // ------------------------------------------------------------------ every template filled from the demo

    @Test
    void everyTemplateIsFilledForACaseAtTheRightStage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (String caseNo : CASES.get(type)) {
                FieldValues v = fields(caseNo, type);
                for (String name : required(type)) {
                    boolean ok = v.list(name).isPresent() || (v.value(name) != null && !v.value(name).isBlank());
                    if (!ok) {
                        problems.add(type + " " + caseNo + ": required " + name + " = " + v.value(name));
                    }
                }
                TemplateScan scan = scan(type);
                for (String flag : scan.flags()) {
                    if (v.flag(flag).isEmpty()) {
                        problems.add(type + " " + caseNo + ": flag " + flag + " not set");
                    }
                }
                try {
                    String text = TemplateScan.fill(templates().resolve(type.templateFile()), v);
                    assertThat(text).as(type + " " + caseNo).doesNotContain("{{").doesNotContain("null");
                } catch (AssertionError e) {
                    problems.add(type + " " + caseNo + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDocumentOfACaseIsFilledWithItsOccurrence() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String caseNo : List.of("BD-2025-0008", "BD-2025-0007", "BD-2025-0003", "BD-2025-0002", "BD-2026-0001")) {
            CaseRecord c = demo.get(caseNo);
            for (DocumentInstance d : CaseFields.documents(c)) {
                FieldValues v = CaseFields.forCase(c, d.type(), context(d.type(), d.occurrence()));
                try {
                    TemplateScan.fill(templates().resolve(d.type().templateFile()), v);
                } catch (AssertionError e) {
                    problems.add(caseNo + " " + d + ": " + e.getMessage());
                }
                if (d.date() != null && d.type() != DocumentType.EVIDENCE_LIST && d.type() != DocumentType.SOURCE_REGISTER) {
                    assertThat(v.value("document.date")).as(caseNo + " " + d).isEqualTo(Dates.chinese(d.date()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCaseFileListsItsDocumentsInArchiveOrderWithEachReceiptAfterItsDocument() {
        List<DocumentInstance> docs = CaseFields.documents(demo.get("BD-2025-0008"));
        assertThat(docs.getFirst().type()).isEqualTo(DocumentType.FILE_COVER);
        assertThat(docs.get(1).type()).isEqualTo(DocumentType.FILE_INDEX);
        assertThat(docs.getLast().type()).isEqualTo(DocumentType.FILE_NOTE);
        List<DocumentType> types = docs.stream().map(DocumentInstance::type).toList();
        int notice = types.indexOf(DocumentType.ADVANCE_NOTICE);
        int decision = types.indexOf(DocumentType.DECISION);
        assertThat(types.get(notice + 1)).isEqualTo(DocumentType.SERVICE_RECEIPT);
        assertThat(types.get(decision + 1)).isEqualTo(DocumentType.SERVICE_RECEIPT);
        assertThat(docs.stream().filter(d -> d.type() == DocumentType.INSPECTION_RECORD).map(DocumentInstance::date))
                .containsExactly(LocalDate.of(2025, 11, 21), LocalDate.of(2025, 11, 27));
        assertThat(CaseFields.count(demo.get("BD-2025-0008"), DocumentType.SERVICE_RECEIPT)).isEqualTo(2);
        assertThat(types).doesNotContain(DocumentType.ON_SITE_DECISION, DocumentType.NO_PENALTY_DECISION);
        for (int i = 1; i < docs.size(); i++) {
            DocumentInstance before = docs.get(i - 1);
            DocumentInstance d = docs.get(i);
            if (d.type() != DocumentType.SERVICE_RECEIPT && before.type() != DocumentType.SERVICE_RECEIPT) {
                assertThat(d.type().ordinal()).as("archive order at " + d).isGreaterThanOrEqualTo(before.type().ordinal());
            }
        }
        FieldValues second = CaseFields.forCase(demo.get("BD-2025-0008"), DocumentType.INSPECTION_RECORD,
                demo.context().withOccurrence(1));
        assertThat(second.value("record.start")).isEqualTo("2025年11月27日15时00分");
        FieldValues receipt = CaseFields.forCase(demo.get("BD-2025-0008"), DocumentType.SERVICE_RECEIPT,
                demo.context().withNumbers(NUMBERS).withOccurrence(0));
        assertThat(receipt.value("service.documentTitle")).isEqualTo("行政处罚事先告知书");
        assertThat(receipt.value("service.documentNumber")).isEqualTo("八都镇综执罚告〔2025〕9号");
        FieldValues none = CaseFields.forCase(demo.get("BD-2025-0008"), DocumentType.INQUIRY_RECORD,
                demo.context().withOccurrence(5));
        assertThat(none.has("record.start")).as("no sixth inquiry").isFalse();
    }

    // ------------------------------------------------------------------ the law in the documents

    @Test
    void theDecisionCarriesEveryArt59Item() throws IOException {
        for (String caseNo : List.of("BD-2025-0008", "BD-2025-0007")) {
            CaseRecord c = demo.get(caseNo);
            FieldValues v = fields(caseNo, DocumentType.DECISION);
            String text = filled(caseNo, DocumentType.DECISION);
            BigDecimal fine = c.fineAmount();
            assertThat(fine).isNotNull();
            assertThat(v.value("decision.fineWords")).as("R36").isEqualTo(AmountInWords.of(fine));
            assertThat(text).as(caseNo)
                    // party name and address, ID / USCC
                    .contains("当事人：" + c.party().name(), c.party().address(), c.party().identifier())
                    // facts and evidence
                    .contains(c.facts(), v.value("evidence.text"))
                    // penalty type and legal basis
                    .contains(c.matter().violatedProvision(), c.matter().penaltyProvision(), v.value("decision.penaltyText"))
                    // the discretion statement (R23)
                    .contains(v.value("decision.discretion"))
                    // how and by when: 15 days, bank or e-payment, figures and 大写, the 加处罚款 standard
                    .contains("自收到本决定书之日起十五日内", "指定的银行或者通过电子支付系统缴纳",
                            "罚款人民币" + v.value("decision.fine") + "元（大写：" + AmountInWords.of(fine) + "）",
                            "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额")
                    // route and period of 复议 / 诉讼
                    .contains("六十日内向龙泉市人民政府申请行政复议", "或者六个月内向龙泉市人民法院提起行政诉讼")
                    // authority, date, seal, 文号
                    .contains("龙泉市八都镇人民政府", "（印章）", v.value("document.date"), NUMBERS.get(DocumentType.DECISION))
                    // the 告知 and the party's rights
                    .contains("《行政处罚事先告知书》（八都镇综执罚告〔2025〕9号）");
            assertThat(v.value("document.date")).isEqualTo(Dates.chinese(c.decidedOn()));
        }
        String hearing = filled("BD-2025-0008", DocumentType.DECISION);
        assertThat(hearing).contains("统一社会信用代码：91331181MA2HA8N5XE", "法定代表人（负责人）：练志刚",
                "提出听证申请", "依法举行了听证", "本决定依据听证笔录作出");
        String heard = filled("BD-2025-0007", DocumentType.DECISION);
        assertThat(heard).contains("身份证号码：", "不知道禁止露天焚烧秸秆", "不予采纳").doesNotContain("举行了听证");
    }

    @Test
    void theOnSiteDecisionStatesReconsiderationFirst() throws IOException {
        for (String caseNo : List.of("BD-2025-0003", "BD-2025-0004")) {
            FieldValues v = fields(caseNo, DocumentType.ON_SITE_DECISION);
            assertThat(v.value("onSite.remedyClause")).as(caseNo)
                    .contains("复议前置", "六十日内向龙泉市人民政府申请行政复议",
                            "对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向龙泉市人民法院提起行政诉讼")
                    .doesNotContain("或者六个月内").doesNotContain("六个月");
            String text = filled(caseNo, DocumentType.ON_SITE_DECISION);
            assertThat(text).doesNotContain("六个月").contains(v.value("onSite.serial"),
                    "执法证号：" + v.value("onSite.officer1Certificate"), "执法证号：" + v.value("onSite.officer2Certificate"),
                    "当事人（签名）", "（印章）", demo.get(caseNo).matter().penaltyProvision());
        }
        assertThat(scan(DocumentType.ON_SITE_DECISION).text()).doesNotContain("六个月");
        assertThat(fields("BD-2025-0003", DocumentType.ON_SITE_DECISION).value("onSite.paymentText"))
                .as("当场收缴 with the 财政 receipt (R26)").contains("当场收缴", "No.3300250031");
        assertThat(fields("BD-2025-0004", DocumentType.ON_SITE_DECISION).value("onSite.paymentText"))
                .contains("十五日内", "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额");
    }

    @Test
    void thePartysNameAndNumberAreTheSameInEveryDocument() throws IOException {
        for (String caseNo : List.of("BD-2025-0008", "BD-2025-0007")) {
            CaseRecord c = demo.get(caseNo);
            for (DocumentType type : List.of(DocumentType.FILING_APPROVAL, DocumentType.ADVANCE_NOTICE,
                    DocumentType.DECISION, DocumentType.SERVICE_RECEIPT)) {
                FieldValues v = fields(caseNo, type);
                assertThat(v.value("party.name")).as(type + " " + caseNo).isEqualTo(c.party().name());
                assertThat(v.value("party.idNumber")).as(type + " " + caseNo).isEqualTo(c.party().identifier());
                String text = filled(caseNo, type);
                assertThat(text).as(type + " " + caseNo).contains(c.party().name());
                if (type != DocumentType.SERVICE_RECEIPT) {
                    assertThat(text).as(type + " " + caseNo).contains(c.party().identifier());
                }
            }
            assertThat(fields(caseNo, DocumentType.SERVICE_RECEIPT).value("service.addressee")).isEqualTo(c.party().name());
        }
    }

    @Test
    void theAdvanceNoticeGivesTheRightsOfArts44And63() throws IOException {
        String hearing = filled("BD-2025-0008", DocumentType.ADVANCE_NOTICE);
        assertThat(hearing).contains("三个工作日内", "有权要求举行听证", "五个工作日内", "罚款人民币120000元（大写：人民币壹拾贰万元整）",
                "联系地址：", "（印章）", "八都镇综执罚告〔2025〕9号");
        String noHearing = filled("BD-2025-0007", DocumentType.ADVANCE_NOTICE);
        assertThat(noHearing).contains("陈述、申辩").doesNotContain("要求举行听证");
        FieldValues draft = fields("BD-2026-0003", DocumentType.ADVANCE_NOTICE);
        assertThat(draft.value("notice.penaltyText")).as("drafted from the report before it is served")
                .contains("没收违法所得", "罚款人民币30000元");
        assertThat(draft.value("document.date")).isEqualTo("二〇二六年十一月二十五日");
    }

    @Test
    void aStepNotTakenLeavesItsFieldsAbsent() {
        FieldValues notDecided = fields("BD-2026-0007", DocumentType.DECISION);
        List<String> missing = required(DocumentType.DECISION).stream().filter(n -> !notDecided.has(n)).toList();
        assertThat(missing).contains("decision.penaltyText", "decision.discretion");
        FieldValues lead = fields("BD-2026-0010", DocumentType.FILING_APPROVAL);
        assertThat(lead.has("filing.date")).isFalse();
        assertThat(lead.value("party.name")).isNotBlank();
        assertThat(CaseFields.forCase(demo.get("BD-2025-0007"), DocumentType.URGING_NOTICE,
                demo.context().withDocumentDate(TODAY)).has("urging.total")).as("nothing owed, no 催告").isFalse();
        assertThat(CaseFields.forCase(demo.get("BD-2025-0008"), DocumentType.FILE_INDEX, demo.context()).has("entries"))
                .as("no assembled 卷宗, no 目录").isFalse();
    }

    @Test
    void theUrgingNoticeComputesWhatIsOwed() throws IOException {
        FieldValues v = fields("BD-2026-0004", DocumentType.URGING_NOTICE);
        // fine 2500, served 2026-11-16, due 2026-12-01; on 2026-12-10 nine days overdue: 3 % × 2500 × 9 = 675
        assertThat(v.value("urging.dueDate")).isEqualTo("2026年12月1日");
        assertThat(v.value("urging.fineOutstanding")).isEqualTo("2500");
        assertThat(v.value("urging.surcharge")).isEqualTo("675");
        assertThat(v.value("urging.total")).isEqualTo("3175");
        assertThat(v.value("urging.totalWords")).isEqualTo("人民币叁仟壹佰柒拾伍元整");
        assertThat(v.value("document.date")).isEqualTo("二〇二六年十二月十日");
        assertThat(filled("BD-2026-0004", DocumentType.URGING_NOTICE)).contains("十日内", "龙泉市人民法院强制执行",
                "八都镇综执罚决〔2026〕1号");
    }

    @Test
    void theCaseFileFormsCarryThePagesOfTheAssembledFile() throws IOException {
        String index = filled("BD-2025-0008", DocumentType.FILE_INDEX);
        assertThat(index).contains("立案审批表 | 八都镇综执立〔2025〕8号 | 2025年11月21日 | 2—3", "4—7");
        assertThat(filled("BD-2025-0008", DocumentType.FILE_NOTE)).contains("本卷共有文书材料3件，共7页");
        assertThat(filled("BD-2025-0008", DocumentType.FILE_COVER)).contains("本卷共3件，7页", "30年",
                "八都镇综执罚决〔2026〕1号", "龙泉市八都镇综合行政执法队");
        assertThat(fields("BD-2025-0003", DocumentType.FILE_COVER).value("case.decisionNumber"))
                .isEqualTo("八都镇综执当罚〔2025〕0031号");
        assertThat(fields("BD-2026-0001", DocumentType.FILE_COVER).value("case.decisionNumber")).isEqualTo("/");
        assertThat(fields("BD-2025-0007", DocumentType.FILE_COVER).value("file.archiveNumber"))
                .isEqualTo("八都镇综执档〔2025〕3号");
    }

    @Test
    void datesFollowTheOneDocumentedRule() {
        assertThat(Dates.arabic(LocalDate.of(2025, 3, 4))).isEqualTo("2025年3月4日");
        assertThat(Dates.chinese(LocalDate.of(2025, 3, 4))).isEqualTo("二〇二五年三月四日");
        assertThat(Dates.chinese(LocalDate.of(2026, 1, 6))).isEqualTo("二〇二六年一月六日");
        assertThat(Dates.chinese(LocalDate.of(2025, 12, 31))).isEqualTo("二〇二五年十二月三十一日");
        assertThat(Dates.chinese(LocalDate.of(2030, 10, 20))).isEqualTo("二〇三〇年十月二十日");
        assertThat(Dates.dateTime(java.time.LocalDateTime.of(2025, 11, 21, 9, 5))).isEqualTo("2025年11月21日9时05分");
        assertThat(Dates.count(3)).isEqualTo("三");
        assertThat(Dates.count(15)).isEqualTo("十五");
        assertThat(Dates.count(60)).isEqualTo("六十");
        FieldValues v = fields("BD-2025-0008", DocumentType.FILING_APPROVAL);
        assertThat(v.value("filing.date")).isEqualTo("2025年11月21日");
        assertThat(v.value("case.discoveredOn")).isEqualTo("2025年11月20日");
    }

    @Test
    void everyAmountIsInFiguresAndInWords() {
        PenaltyTerms p = new PenaltyTerms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.WARNING),
                new BigDecimal("30000"), new BigDecimal("3200.50"), null, null);
        assertThat(FieldsBuilder.penaltyText(p)).isEqualTo("警告；罚款人民币30000元（大写：人民币叁万元整）；"
                + "没收违法所得人民币3200.50元（大写：人民币叁仟贰佰元伍角）");
        FieldValues gains = fields("BD-2026-0003", DocumentType.INVESTIGATION_REPORT);
        assertThat(gains.value("investigation.illegalGains")).isEqualTo("人民币3200元（大写：人民币叁仟贰佰元整）");
    }

    @Test
    void theNoPenaltyDecisionNamesItsGroundAndArticle() throws IOException {
        String firstOffense = filled("BD-2025-0002", DocumentType.NO_PENALTY_DECISION);
        assertThat(firstOffense).contains("第三十三条第一款", "不予行政处罚", "第三十三条第三款",
                "六十日内向龙泉市人民政府申请行政复议", "八都镇综执不罚决〔2025〕2号");
        assertThat(fields("BD-2025-0002", DocumentType.NO_PENALTY_DECISION).flag("noPenalty.violationEstablished"))
                .contains(true);
    }
}
