package org.zhifa.workstation.documents.fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.zhifa.workstation.documents.DocumentType;

/**
 * Writes the .docx templates of templates/ and templates/index.json with POI. The CHECKED-IN files are the source
 * of truth (the county legal office edits them in Word or WPS); this is only how they were first made, kept so
 * that they can be regenerated. Not run in normal builds:
 * <pre>
 *   mvn -o test -Dtest=TemplateGenerator -Dzhifa.generateTemplates=true
 * </pre>
 * or run {@link #main} with the output directory (default {@code templates}).
 *
 * <p>Layout (templates/README.md, "Layout"): A4; 文书 with the GB/T 9704 margins (3.7 cm top, 3.5 bottom, 2.8 left,
 * 2.6 right), 表格 forms and 笔录 with 2.54 cm; the authority and the title centred in 方正小标宋简体 二号 (22 pt);
 * the 文号 right-aligned under the title in 仿宋_GB2312 三号; body in 仿宋_GB2312 三号 (16 pt) with a 2-character
 * first-line indent and a fixed 28 pt line; forms and 笔录 in 四号 (14 pt); headings of reports in 黑体; bordered
 * tables with fixed column widths (only horizontal merges, gridSpan); the seal block bottom right; "第 页 共 页"
 * with PAGE/NUMPAGES fields in the footer of every 笔录.
 */
public final class TemplateGenerator {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final int TWIPS_PER_CM = 567;

    /** How a template is laid out. */
    enum Kind {
        /** 文书: GB/T 9704 margins, 三号 body. */
        DOC(16, 2098, 1984, 1587, 1474),
        /** 表格 form: 2.54 cm margins, 四号. */
        FORM(14, 1440, 1440, 1440, 1440),
        /** 笔录: as a form, with 第 页 共 页 and signatures in the footer. */
        RECORD(14, 1440, 1440, 1440, 1440);

        final int size;
        final int top;
        final int bottom;
        final int left;
        final int right;

        Kind(int size, int top, int bottom, int left, int right) {
            this.size = size;
            this.top = top;
            this.bottom = bottom;
            this.left = left;
            this.right = right;
        }

        int width() {
            return 11906 - left - right;
        }
    }

    /** One entry of templates/index.json besides what the scan finds. */
    record Spec(DocumentType type, int archiveOrder, String procedure, String numberCode, Kind kind,
                Consumer<Tpl> content) {
        boolean numbered() {
            return numberCode != null;
        }
    }

    /**
     * Fields a template may show blank (a form box filled by hand, a phone number not given, a date not reached
     * yet): never "required" in index.json, since the engine rejects a blank required field. CaseFields still
     * gives them a value ("" at least) whenever the document can be made. templates/README.md marks them.
     */
    static final java.util.Set<String> MAY_BE_BLANK = java.util.Set.of(
            "party.phone", "party.gender", "party.birthDate", "authority.phone", "notice.contactPhone",
            "case.decidedOn", "case.closedOn", "matter.benchmark",
            "register.opinion", "register.approval", "register.approver", "register.approvedOn",
            "service.method", "service.recipient", "service.witness", "service.note",
            "file.archiveNumber", "file.archivedOn", "file.compiledOn", "file.checker", "file.checkedOn",
            "decision.fine", "decision.fineWords", "onSite.fine", "onSite.fineWords");

    private TemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        generate(dir);
    }

    /** Opt-in: {@code -Dzhifa.generateTemplates=true} (writes into {@code zhifa.repo.root}/templates). */
    @Test
    @EnabledIfSystemProperty(named = "zhifa.generateTemplates", matches = "true")
    void regenerate() throws IOException {
        String root = System.getProperty("zhifa.repo.root", "");
        generate((root.isBlank() ? Path.of("") : Path.of(root)).resolve("templates"));
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<DocumentType, Spec> specs = specs();
        StringBuilder index = new StringBuilder("[\n");
        int n = 0;
        for (Spec s : specs.values()) {
            Tpl t = new Tpl(s.kind(), CaseFields.title(s.type()));
            s.content().accept(t);
            byte[] bytes = t.bytes();
            Path file = dir.resolve(s.type().templateFile());
            Files.write(file, bytes);
            TemplateScan scan = TemplateScan.of(file);
            index.append("  {\"type\": \"").append(s.type().name())
                    .append("\", \"title\": \"").append(CaseFields.title(s.type()))
                    .append("\", \"file\": \"").append(s.type().templateFile())
                    .append("\", \"archiveOrder\": ").append(s.archiveOrder())
                    .append(", \"procedure\": \"").append(s.procedure())
                    .append("\", \"numbered\": ").append(s.numbered())
                    .append(", \"numberCode\": ").append(s.numbered() ? "\"" + s.numberCode() + "\"" : "null")
                    .append(",\n   \"required\": [");
            List<String> required = scan.required().stream().filter(f -> !MAY_BE_BLANK.contains(f)).toList();
            for (int i = 0; i < required.size(); i++) {
                index.append(i == 0 ? "" : ", ").append('"').append(required.get(i)).append('"');
            }
            index.append("]}").append(++n < specs.size() ? ",\n" : "\n");
        }
        index.append("]\n");
        Files.writeString(dir.resolve("index.json"), index.toString(), StandardCharsets.UTF_8);
    }

    // ================================================================= the templates

    static Map<DocumentType, Spec> specs() {
        Map<DocumentType, Spec> m = new EnumMap<>(DocumentType.class);
        add(m, DocumentType.FILE_COVER, 1, "BOTH", null, Kind.FORM, TemplateGenerator::fileCover);
        add(m, DocumentType.FILE_INDEX, 2, "BOTH", null, Kind.FORM, TemplateGenerator::fileIndex);
        add(m, DocumentType.SOURCE_REGISTER, 3, "BOTH", null, Kind.FORM, TemplateGenerator::sourceRegister);
        add(m, DocumentType.FILING_APPROVAL, 4, "GENERAL", "立", Kind.FORM, TemplateGenerator::filingApproval);
        add(m, DocumentType.INSPECTION_RECORD, 5, "BOTH", null, Kind.RECORD, TemplateGenerator::inspectionRecord);
        add(m, DocumentType.INQUIRY_RECORD, 6, "BOTH", null, Kind.RECORD, TemplateGenerator::inquiryRecord);
        add(m, DocumentType.EVIDENCE_LIST, 7, "BOTH", null, Kind.FORM, TemplateGenerator::evidenceList);
        add(m, DocumentType.PRESERVATION_NOTICE, 8, "GENERAL", "先保", Kind.DOC, TemplateGenerator::preservationNotice);
        add(m, DocumentType.PRESERVATION_LIST, 8, "GENERAL", null, Kind.FORM, TemplateGenerator::preservationList);
        add(m, DocumentType.PRESERVATION_DECISION, 8, "GENERAL", "先保处", Kind.DOC, TemplateGenerator::preservationDecision);
        add(m, DocumentType.CORRECTION_NOTICE, 10, "BOTH", "责改", Kind.DOC, TemplateGenerator::correctionNotice);
        add(m, DocumentType.INVESTIGATION_REPORT, 11, "GENERAL", null, Kind.DOC, TemplateGenerator::investigationReport);
        add(m, DocumentType.REVIEW_SUBMISSION, 12, "GENERAL", null, Kind.FORM, TemplateGenerator::reviewSubmission);
        add(m, DocumentType.REVIEW_OPINION, 12, "GENERAL", null, Kind.DOC, TemplateGenerator::reviewOpinion);
        add(m, DocumentType.DELIBERATION_RECORD, 13, "GENERAL", null, Kind.RECORD, TemplateGenerator::deliberationRecord);
        add(m, DocumentType.ADVANCE_NOTICE, 14, "GENERAL", "罚告", Kind.DOC, TemplateGenerator::advanceNotice);
        add(m, DocumentType.REPRESENTATION_RECORD, 15, "GENERAL", null, Kind.RECORD, TemplateGenerator::representationRecord);
        add(m, DocumentType.HEARING_NOTICE, 16, "GENERAL", "听通", Kind.DOC, TemplateGenerator::hearingNotice);
        add(m, DocumentType.HEARING_RECORD, 16, "GENERAL", null, Kind.RECORD, TemplateGenerator::hearingRecord);
        add(m, DocumentType.DECISION_APPROVAL, 17, "GENERAL", null, Kind.FORM, TemplateGenerator::decisionApproval);
        add(m, DocumentType.DECISION, 18, "GENERAL", "罚决", Kind.DOC, TemplateGenerator::decision);
        add(m, DocumentType.NO_PENALTY_DECISION, 18, "GENERAL", "不罚决", Kind.DOC, TemplateGenerator::noPenaltyDecision);
        add(m, DocumentType.ON_SITE_DECISION, 18, "SUMMARY", null, Kind.FORM, TemplateGenerator::onSiteDecision);
        add(m, DocumentType.SERVICE_RECEIPT, 18, "BOTH", null, Kind.FORM, TemplateGenerator::serviceReceipt);
        add(m, DocumentType.URGING_NOTICE, 19, "BOTH", "催告", Kind.DOC, TemplateGenerator::urgingNotice);
        add(m, DocumentType.CLOSURE_APPROVAL, 20, "BOTH", null, Kind.FORM, TemplateGenerator::closureApproval);
        add(m, DocumentType.FILE_NOTE, 21, "BOTH", null, Kind.FORM, TemplateGenerator::fileNote);
        return m;
    }

    private static void add(Map<DocumentType, Spec> m, DocumentType type, int order, String procedure, String code,
                            Kind kind, Consumer<Tpl> content) {
        m.put(type, new Spec(type, order, procedure, code, kind, content));
    }

    private static final String SIGN_DATE = "　　　　年　　月　　日";
    /** The remedy clause of a decision under the general procedure (复议法 Arts 20, 24; 行诉法 Art 46). */
    static final String REMEDY = "如不服本决定，可以自收到本决定书之日起六十日内向{{authority.reconsiderationBody}}申请行政复议，"
            + "或者六个月内向{{authority.court}}提起行政诉讼。";

    /** The party block of a 文书: name, then the lines for an organisation or for a person. */
    private static void partyBlock(Tpl t) {
        t.left("当事人：{{party.name}}");
        t.ifStart("party.organization");
        t.left("统一社会信用代码：{{party.idNumber}}");
        t.left("法定代表人（负责人）：{{party.legalRepresentative}}");
        t.left("住所：{{party.address}}");
        t.ifEnd();
        t.ifStart("party.individual");
        t.left("性别：{{party.gender}}　　出生日期：{{party.birthDate}}");
        t.left("身份证号码：{{party.idNumber}}");
        t.left("住址：{{party.address}}");
        t.ifEnd();
    }

    static void decision(Tpl t) {
        t.head(true);
        partyBlock(t);
        t.p("{{case.history}}");
        t.p("经查明：{{case.facts}}");
        t.p("以上事实有下列证据证明：{{evidence.text}}");
        t.p("{{decision.noticeText}}{{decision.representationText}}");
        t.ifStart("decision.hearingHeld");
        t.p("{{decision.hearingText}}");
        t.ifEnd();
        t.p("本机关认为，你（单位）的上述行为违反了{{matter.violatedProvision}}的规定，事实清楚，证据确凿。{{decision.discretion}}");
        t.p("依据{{matter.penaltyProvision}}的规定，本机关决定对你（单位）作出如下行政处罚：{{decision.penaltyText}}。");
        t.ifStart("decision.correctionOrdered");
        t.p("{{decision.correctionText}}");
        t.ifEnd();
        t.ifStart("decision.hasFine");
        t.p("你（单位）应当自收到本决定书之日起十五日内，将罚款人民币{{decision.fine}}元（大写：{{decision.fineWords}}）缴至指定的银行或者通过电子支付系统缴纳。"
                + "到期不缴纳罚款的，本机关将依照《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。");
        t.ifEnd();
        t.p(REMEDY);
        t.p("行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本机关将依法申请{{authority.court}}强制执行。");
        t.seal("{{authority.name}}");
    }

    static void noPenaltyDecision(Tpl t) {
        t.head(true);
        partyBlock(t);
        t.p("{{case.history}}");
        t.p("经查明：{{case.facts}}");
        t.p("以上事实有下列证据证明：{{evidence.text}}");
        t.ifStart("noPenalty.violationEstablished");
        t.p("本机关认为，你（单位）的上述行为违反了{{matter.violatedProvision}}的规定。");
        t.ifEnd();
        t.p("{{noPenalty.reason}}。");
        t.p("依据{{noPenalty.article}}的规定，本机关决定对你（单位）不予行政处罚。");
        t.ifStart("noPenalty.educated");
        t.p("本机关已依照《中华人民共和国行政处罚法》第三十三条第三款的规定对你（单位）进行了教育。请你（单位）今后严格遵守相关法律、法规的规定。");
        t.ifEnd();
        t.p(REMEDY);
        t.seal("{{authority.name}}");
    }

    static void onSiteDecision(Tpl t) {
        t.head(false);
        t.right("编号：{{onSite.serial}}");
        t.left("当事人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.left("法定代表人（负责人）：{{party.legalRepresentative}}　　住所（住址）：{{party.address}}");
        t.left("违法时间：{{case.actDate}}　　违法地点：{{case.actPlace}}");
        t.p("违法事实：{{case.facts}}");
        t.p("{{onSite.procedureText}}");
        t.p("当事人的上述行为违反了{{matter.violatedProvision}}的规定，依据{{matter.penaltyProvision}}和《中华人民共和国行政处罚法》第五十一条、第五十二条的规定，当场作出如下行政处罚决定：{{onSite.penaltyText}}。");
        t.ifStart("onSite.hasFine");
        t.p("{{onSite.paymentText}}");
        t.ifEnd();
        t.p("{{onSite.remedyClause}}");
        t.left("作出决定的时间：{{onSite.date}}　　地点：{{onSite.place}}");
        t.left("执法人员（签名）：{{onSite.officer1}}（执法证号：{{onSite.officer1Certificate}}）　{{onSite.officer2}}（执法证号：{{onSite.officer2Certificate}}）");
        t.left("当事人（签名）：　　　　　　　　" + SIGN_DATE);
        t.ifStart("onSite.refused");
        t.left("当事人拒绝签名，由执法人员注明：______________________");
        t.ifEnd();
        t.seal("{{authority.name}}");
        t.note("（本决定书一式两联，第一联交当事人，第二联存档，并报所属行政机关备案。）");
    }

    static void advanceNotice(Tpl t) {
        t.head(true);
        partyBlock(t);
        t.p("经查，{{case.facts}}");
        t.p("以上事实有下列证据证明：{{evidence.text}}");
        t.p("你（单位）的上述行为违反了{{matter.violatedProvision}}的规定，依据{{matter.penaltyProvision}}的规定，本机关拟对你（单位）作出如下行政处罚：{{notice.penaltyText}}。");
        t.p("本案的从轻、减轻、从重情节：{{notice.circumstances}}。{{notice.discretion}}");
        t.p("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。如有异议，可以在收到本告知书之日起{{notice.representationDays}}个工作日内向本机关书面或者口头提出陈述、申辩；口头提出的，本机关将制作笔录。");
        t.ifStart("notice.hearingRight");
        t.p("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五个工作日内向本机关提出。");
        t.ifEnd();
        t.p("逾期未提出的，视为放弃上述权利。本机关将对你（单位）提出的事实、理由和证据进行复核；成立的，予以采纳，不因你（单位）陈述、申辩而给予更重的处罚。");
        t.left("联系地址：{{authority.address}}");
        t.left("联系人：{{notice.contact}}　　联系电话：{{notice.contactPhone}}");
        t.seal("{{authority.name}}");
    }

    static void correctionNotice(Tpl t) {
        t.head(true);
        t.left("{{party.name}}：");
        t.p("经查，你（单位）于{{case.actDate}}在{{case.actPlace}}存在{{matter.violation}}的行为，违反了{{matter.violatedProvision}}的规定。");
        t.p("根据《中华人民共和国行政处罚法》第二十八条第一款的规定，本机关责令你（单位）：{{correction.requirements}}，并于{{correction.deadline}}前改正完毕。");
        t.p("逾期不改正的，本机关将依法处理。改正期限届满后，本机关将对改正情况进行复查。");
        t.left("执法人员：{{case.handlersWithCertificates}}");
        t.left("联系电话：{{authority.phone}}");
        t.seal("{{authority.name}}");
        t.left("当事人签收：　　　　　　　　" + SIGN_DATE);
    }

    static void preservationNotice(Tpl t) {
        t.head(true);
        t.left("{{party.name}}：");
        t.p("因调查{{case.cause}}的需要，在证据可能灭失或者以后难以取得的情况下，根据《中华人民共和国行政处罚法》第五十六条的规定，经本机关负责人批准，决定对下列证据予以先行登记保存：{{preservation.items}}（详见《证据先行登记保存清单》）。");
        t.p("先行登记保存期间，你（单位）或者有关人员不得损毁、销毁或者转移证据。本机关将在七个工作日内（{{preservation.deadline}}前）作出处理决定。");
        t.left("执法人员：{{preservation.officersWithCertificates}}");
        t.seal("{{authority.name}}");
        t.left("当事人签收：　　　　　　　　" + SIGN_DATE);
    }

    static void preservationDecision(Tpl t) {
        t.head(true);
        t.left("{{party.name}}：");
        t.p("本机关于{{preservation.date}}依法对你（单位）的下列证据予以先行登记保存：{{preservation.items}}。");
        t.p("根据《中华人民共和国行政处罚法》第五十六条的规定，经本机关负责人批准，现作出如下处理决定：{{preservation.disposal}}。");
        t.seal("{{authority.name}}");
        t.left("当事人签收：　　　　　　　　" + SIGN_DATE);
    }

    static void urgingNotice(Tpl t) {
        t.head(true);
        t.left("{{party.name}}：");
        t.p("本机关于{{urging.decisionDate}}对你（单位）作出《行政处罚决定书》（{{urging.decisionNumber}}），决定给予{{urging.penaltyText}}的行政处罚。该决定书已于{{urging.servedOn}}送达你（单位），你（单位）应当于{{urging.dueDate}}前缴纳罚款，但至今未履行（或者未全部履行）。");
        t.p("根据《中华人民共和国行政处罚法》第七十二条和《中华人民共和国行政强制法》第三十五条、第四十五条、第五十四条的规定，现催告你（单位）自收到本催告书之日起十日内履行下列义务：缴纳尚欠罚款人民币{{urging.fineOutstanding}}元及截至{{urging.date}}的加处罚款人民币{{urging.surcharge}}元，合计人民币{{urging.total}}元（大写：{{urging.totalWords}}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。");
        t.p("缴纳方式：到指定的银行或者通过电子支付系统缴纳。");
        t.p("你（单位）有权进行陈述和申辩，可以在收到本催告书后向本机关提出陈述、申辩意见。");
        t.p("逾期仍不履行的，本机关将依法申请{{authority.court}}强制执行。");
        t.left("联系人：{{handler1.name}}　　联系电话：{{authority.phone}}");
        t.seal("{{authority.name}}");
    }

    static void hearingNotice(Tpl t) {
        t.head(true);
        t.left("{{party.name}}：");
        t.p("你（单位）于{{hearing.requestedOn}}提出听证申请。根据《中华人民共和国行政处罚法》第六十四条的规定，本机关决定于{{hearing.date}}在{{hearing.place}}就{{case.cause}}{{hearing.publicText}}举行听证。");
        t.p("听证主持人：{{hearing.presider}}。你（单位）认为主持人与本案有直接利害关系的，有权申请回避。");
        t.p("请你（单位）或者委托代理人准时出席。你（单位）可以委托一至二人代理参加听证，委托代理人参加的，应当在听证前向本机关提交授权委托书。");
        t.p("你（单位）无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。听证不收取费用。");
        t.left("联系人：{{handler1.name}}　　联系电话：{{authority.phone}}");
        t.seal("{{authority.name}}");
    }

    static void reviewOpinion(Tpl t) {
        t.center("{{review.unit}}", TITLE_FONT, 22, true);
        t.center("{{document.title}}", TITLE_FONT, 22, true);
        t.blank();
        t.left("{{authority.name}}：");
        t.p("你单位于{{review.submittedOn}}送审的{{case.cause}}（案件编号：{{case.caseNo}}）收悉。经审核，提出如下意见：");
        t.p("{{review.points}}");
        t.p("审核结论：{{review.conclusion}}。");
        t.p("审核依据：{{review.legalBasis}}。");
        t.left("审核人：{{review.reviewer}}（执法证号：{{review.certificate}}，{{review.qualification}}）");
        t.seal("{{review.unit}}");
    }

    static void investigationReport(Tpl t) {
        t.head(false);
        t.right("案件编号：{{case.caseNo}}");
        t.heading("一、案件基本情况");
        t.p("案由：{{case.cause}}。案件来源：{{case.source}}。立案日期：{{case.filedOn}}。承办人：{{case.handlersWithCertificates}}。");
        t.heading("二、当事人基本情况");
        t.p("当事人：{{party.name}}；{{party.idLabel}}：{{party.idNumber}}；法定代表人（负责人）：{{party.legalRepresentative}}；住所（住址）：{{party.address}}；联系电话：{{party.phone}}。");
        t.heading("三、调查经过");
        t.p("{{investigation.history}}");
        t.heading("四、违法事实及证据");
        t.p("{{case.facts}}");
        t.p("上述事实有下列证据证明：{{evidence.text}}");
        t.heading("五、定性及法律依据");
        t.p("当事人的行为违反了{{matter.violatedProvision}}的规定，依据{{matter.penaltyProvision}}的规定予以处理。");
        t.heading("六、裁量情节及理由");
        t.p("裁量情节：{{investigation.circumstances}}。");
        t.p("{{investigation.discretion}}");
        t.p("违法所得：{{investigation.illegalGains}}。偏离裁量基准档次的理由：{{investigation.departureReason}}。");
        t.heading("七、处理意见");
        t.p("{{investigation.proposal}}");
        t.blank();
        t.right("承办人（签名）：{{case.handlers}}");
        t.right("{{investigation.date}}");
    }

    static void inspectionRecord(Tpl t) {
        t.head(false);
        t.left("检查时间：{{record.start}}至{{record.end}}");
        t.left("检查地点：{{record.place}}");
        t.left("检查人：{{record.officersWithCertificates}}");
        t.left("记录人：{{record.recorder}}");
        t.left("当事人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.left("法定代表人（负责人）：{{party.legalRepresentative}}　　住所（住址）：{{party.address}}");
        t.left("现场负责人（在场人）：{{record.subject}}");
        t.left("见证人：____________　　身份证号码：____________________");
        t.p("{{record.noticeText}}");
        t.left("现场检查（勘验）情况：");
        t.p("{{record.summary}}");
        t.left("现场照片、视听资料：{{record.media}}");
        t.p("以上笔录已交被检查人核对（或者已向其宣读），确认无误。");
        t.left("被检查人（签名）：　　　　　　　　见证人（签名）：");
        t.left("检查人（签名）：　　　　　　　　　记录人（签名）：");
        t.footer("被检查人签名：　　　　　　　执法人员签名：　　　　　　　");
    }

    static void inquiryRecord(Tpl t) {
        t.head(false);
        t.left("询问时间：{{record.start}}至{{record.end}}");
        t.left("询问地点：{{record.place}}");
        t.left("询问人：{{record.officersWithCertificates}}");
        t.left("记录人：{{record.recorder}}");
        t.left("被询问人：{{record.subject}}　　性别：______　　年龄：______");
        t.left("身份证件号码：______________________　　联系电话：______________");
        t.left("工作单位或者住址：______________________________________");
        t.left("当事人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.p("问：我们是{{authority.name}}的执法人员，这是我们的执法证件（出示执法证件）。现依法就{{case.cause}}有关情况向你进行调查询问，你应当如实回答，不得作伪证或者隐匿证据。你有申请执法人员回避的权利，你是否申请回避？");
        t.p("答：");
        t.p("{{record.noticeText}}");
        t.left("询问内容：");
        t.p("{{record.summary}}");
        t.p("以上笔录我已看过（或者已向我宣读过），与我说的相符。");
        t.left("被询问人（签名）：　　　　　　　　" + SIGN_DATE);
        t.left("询问人（签名）：　　　　　　　　　记录人（签名）：");
        t.footer("被询问人签名：　　　　　　　执法人员签名：　　　　　　　");
    }

    static void deliberationRecord(Tpl t) {
        t.head(false);
        t.left("时间：{{deliberation.date}}");
        t.left("地点：______________________");
        t.left("主持人：{{deliberation.chair}}");
        t.left("参加人员：{{deliberation.attendees}}");
        t.left("汇报人：{{deliberation.reporter}}　　记录人：____________");
        t.left("讨论案件：{{case.cause}}（案件编号：{{case.caseNo}}）");
        t.left("当事人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.left("案情汇报：");
        t.p("{{case.facts}}");
        t.left("拟处理意见：");
        t.p("{{investigation.proposal}}");
        t.p("{{investigation.discretion}}");
        t.left("法制审核意见：{{review.conclusionText}}");
        t.left("讨论意见（按发言顺序记录）：");
        t.blank();
        t.blank();
        t.left("讨论结论：");
        t.p("{{deliberation.conclusion}}");
        t.left("参加人员（签名）：");
        t.blank();
        t.footer("主持人签名：　　　　　　　　记录人签名：　　　　　　　　");
    }

    static void representationRecord(Tpl t) {
        t.head(false);
        t.left("时间：{{representation.date}}　　地点：______________________");
        t.left("陈述申辩人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.left("法定代表人（负责人）：{{party.legalRepresentative}}　　联系电话：{{party.phone}}");
        t.left("承办人：{{representation.officersWithCertificates}}");
        t.left("案由：{{case.cause}}");
        t.p("执法人员告知：本机关已向你（单位）送达《行政处罚事先告知书》，你（单位）可以就拟作出的行政处罚陈述事实、理由并提出申辩意见。本机关将对你（单位）提出的事实、理由和证据进行复核，不因你（单位）的陈述、申辩而给予更重的处罚。");
        t.left("陈述、申辩要点及复核意见：");
        t.table(new int[] {8, 38, 16, 38},
                Tpl.row(0, Tpl.head("序号"), Tpl.head("陈述、申辩要点"), Tpl.head("复核意见"), Tpl.head("理由")),
                Tpl.row(0, Tpl.center("{{#each points}}{{item.seq}}"), Tpl.cell("{{item.statement}}"),
                        Tpl.center("{{item.ruling}}"), Tpl.cell("{{item.reason}}")));
        t.p("以上笔录我已看过（或者已向我宣读过），与我所说的相符。");
        t.left("陈述申辩人（签名）：　　　　　　" + SIGN_DATE);
        t.left("承办人（签名）：　　　　　　　　记录人（签名）：");
        t.footer("陈述申辩人签名：　　　　　　执法人员签名：　　　　　　　");
    }

    static void hearingRecord(Tpl t) {
        t.head(false);
        t.left("案由：{{case.cause}}");
        t.left("时间：{{hearing.heldOn}}　　地点：{{hearing.place}}");
        t.left("听证主持人：{{hearing.presider}}　　听证员：__________　　记录员：__________");
        t.left("当事人：{{party.name}}　　法定代表人（负责人）：{{party.legalRepresentative}}");
        t.left("委托代理人：______________________________");
        t.left("案件调查人员：{{case.handlersWithCertificates}}");
        t.left("出席情况：{{hearing.attendance}}");
        t.p("主持人宣布听证纪律，告知当事人在听证中的权利和义务，询问当事人是否申请主持人、听证员、记录员回避。");
        t.left("调查人员提出当事人违法的事实、证据、处罚依据和处罚建议：");
        t.p("{{case.facts}}");
        t.p("违法依据：{{matter.violatedProvision}}。处罚依据：{{matter.penaltyProvision}}。");
        t.p("{{investigation.proposal}}");
        t.left("当事人陈述、申辩和质证意见：");
        t.blank();
        t.blank();
        t.left("当事人最后陈述：");
        t.blank();
        t.p("以上笔录已交当事人核对（或者已向其宣读），确认无误。");
        t.left("当事人（签名）：　　　　　　　　　调查人员（签名）：");
        t.left("听证主持人（签名）：　　　　　　　记录员（签名）：");
        t.footer("当事人签名：　　　　　　　　听证主持人签名：　　　　　　");
    }

    // ----------------------------------------------------------------- forms

    private static final int[] FOUR = {17, 33, 17, 33};
    private static final int[] TWO = {25, 75};

    static void sourceRegister(Tpl t) {
        t.head(false);
        t.right("编号：{{case.caseNo}}");
        t.table(FOUR,
                Tpl.row(1.0, Tpl.label("案件来源"), Tpl.cell("{{case.source}}"), Tpl.label("登记时间"), Tpl.cell("{{register.date}}")),
                Tpl.row(1.0, Tpl.label("发现时间"), Tpl.cell("{{case.discoveredOn}}"), Tpl.label("登记人"), Tpl.cell("{{register.officer}}")),
                Tpl.row(1.0, Tpl.label("当事人"), Tpl.span("{{party.name}}", 3)),
                Tpl.row(1.0, Tpl.label("{{party.idLabel}}"), Tpl.span("{{party.idNumber}}", 3)),
                Tpl.row(1.0, Tpl.label("住所（住址）"), Tpl.cell("{{party.address}}"), Tpl.label("联系电话"), Tpl.cell("{{party.phone}}")),
                Tpl.row(1.0, Tpl.label("举报人或者移送机关"), Tpl.span("（举报人的姓名、联系方式等信息依法保密，另行登记）", 3)),
                Tpl.row(1.0, Tpl.label("违法行为发生时间"), Tpl.cell("{{case.actDate}}"), Tpl.label("发生地点"), Tpl.cell("{{case.actPlace}}")),
                Tpl.row(4.0, Tpl.label("案件线索及基本情况"), Tpl.span("{{case.facts}}", 3)),
                Tpl.row(1.0, Tpl.label("涉嫌违法事项"), Tpl.span("{{matter.name}}", 3)),
                Tpl.row(3.0, Tpl.label("核查意见"), Tpl.span("{{register.opinion}}\n>登记人（签名）：{{register.officer}}　　{{register.date}}", 3)),
                Tpl.row(3.0, Tpl.label("负责人审批意见"), Tpl.span("{{register.approval}}\n>负责人（签名）：{{register.approver}}　　{{register.approvedOn}}", 3)));
    }

    static void filingApproval(Tpl t) {
        t.head(true);
        t.table(FOUR,
                Tpl.row(1.0, Tpl.label("案由"), Tpl.span("{{case.cause}}", 3)),
                Tpl.row(1.0, Tpl.label("案件来源"), Tpl.cell("{{case.source}}"), Tpl.label("发现时间"), Tpl.cell("{{case.discoveredOn}}")),
                Tpl.row(1.0, Tpl.label("当事人"), Tpl.span("{{party.name}}", 3)),
                Tpl.row(1.0, Tpl.label("{{party.idLabel}}"), Tpl.span("{{party.idNumber}}", 3)),
                Tpl.row(1.0, Tpl.label("法定代表人（负责人）"), Tpl.cell("{{party.legalRepresentative}}"), Tpl.label("联系电话"), Tpl.cell("{{party.phone}}")),
                Tpl.row(1.0, Tpl.label("住所（住址）"), Tpl.span("{{party.address}}", 3)),
                Tpl.row(1.0, Tpl.label("违法行为发生时间"), Tpl.cell("{{case.actDate}}"), Tpl.label("发生地点"), Tpl.cell("{{case.actPlace}}")),
                Tpl.row(4.0, Tpl.label("简要案情"), Tpl.span("{{case.facts}}", 3)),
                Tpl.row(1.0, Tpl.label("涉嫌违反的规定"), Tpl.span("{{matter.violatedProvision}}", 3)),
                Tpl.row(1.0, Tpl.label("承办人"), Tpl.cell("{{handler1.name}}"), Tpl.label("执法证号"), Tpl.cell("{{handler1.certificate}}")),
                Tpl.row(1.0, Tpl.label("承办人"), Tpl.cell("{{handler2.name}}"), Tpl.label("执法证号"), Tpl.cell("{{handler2.certificate}}")),
                Tpl.row(1.0, Tpl.label("逾期立案说明"), Tpl.span("{{filing.lateReason}}", 3)),
                Tpl.row(2.5, Tpl.label("承办人意见"), Tpl.span("{{filing.opinion}}\n>承办人（签名）：{{case.handlers}}　　{{filing.date}}", 3)),
                Tpl.row(2.5, Tpl.label("负责人审批意见"), Tpl.span("{{filing.approval}}\n>负责人（签名）：{{filing.approver}}　　{{filing.date}}", 3)));
    }

    static void evidenceList(Tpl t) {
        t.head(false);
        t.left("案件编号：{{case.caseNo}}　　案由：{{case.cause}}");
        t.table(new int[] {6, 21, 10, 14, 11, 19, 19}, 12,
                Tpl.row(0, Tpl.head("序号"), Tpl.head("证据名称"), Tpl.head("证据种类"), Tpl.head("收集日期"),
                        Tpl.head("收集人"), Tpl.head("证明对象"), Tpl.head("备注")),
                Tpl.row(0, Tpl.center("{{#each evidence}}{{item.seq}}"), Tpl.cell("{{item.title}}"), Tpl.center("{{item.kind}}"),
                        Tpl.center("{{item.collectedOn}}"), Tpl.center("{{item.collectedBy}}"), Tpl.cell("{{item.proves}}"),
                        Tpl.cell("{{item.note}}")));
        t.left("共{{evidence.count}}项。");
    }

    static void preservationList(Tpl t) {
        t.head(false);
        t.left("当事人：{{party.name}}　　{{party.idLabel}}：{{party.idNumber}}");
        t.left("登记保存日期：{{preservation.date}}　　案由：{{case.cause}}");
        t.table(new int[] {8, 32, 15, 12, 18, 15}, 12,
                Tpl.row(0, Tpl.head("序号"), Tpl.head("证据（物品）名称"), Tpl.head("规格型号"), Tpl.head("数量"),
                        Tpl.head("特征及保存状况"), Tpl.head("备注")),
                Tpl.row(0.9, Tpl.center("{{#each preservationItems}}{{item.seq}}"), Tpl.cell("{{item.name}}"),
                        Tpl.center("{{item.spec}}"), Tpl.center("{{item.quantity}}"), Tpl.cell("{{item.note}}"), Tpl.cell("")),
                Tpl.row(0.9, Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell("")),
                Tpl.row(0.9, Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell(""), Tpl.cell("")));
        t.left("保存地点：____________________　　保存方式：__________");
        t.left("执法人员：{{preservation.officersWithCertificates}}");
        t.left("当事人（签名）：　　　　　　　　" + SIGN_DATE);
        t.left("执法人员（签名）：　　　　　　　" + SIGN_DATE);
        t.note("（本清单一式两份，一份交当事人，一份附卷。）");
    }

    static void reviewSubmission(Tpl t) {
        t.head(false);
        t.table(FOUR,
                Tpl.row(1.0, Tpl.label("案由"), Tpl.span("{{case.cause}}", 3)),
                Tpl.row(1.0, Tpl.label("当事人"), Tpl.span("{{party.name}}", 3)),
                Tpl.row(1.0, Tpl.label("{{party.idLabel}}"), Tpl.span("{{party.idNumber}}", 3)),
                Tpl.row(1.0, Tpl.label("承办机构"), Tpl.cell("{{team.name}}"), Tpl.label("承办人"), Tpl.cell("{{case.handlers}}")),
                Tpl.row(1.0, Tpl.label("送审时间"), Tpl.cell("{{review.submittedOn}}"), Tpl.label("审核人"), Tpl.cell("{{review.reviewer}}")),
                Tpl.row(4.0, Tpl.label("案件基本情况"), Tpl.span("{{case.facts}}", 3)),
                Tpl.row(1.0, Tpl.label("违法依据"), Tpl.span("{{matter.violatedProvision}}", 3)),
                Tpl.row(1.0, Tpl.label("处罚依据"), Tpl.span("{{matter.penaltyProvision}}", 3)),
                Tpl.row(2.0, Tpl.label("裁量情况"), Tpl.span("{{investigation.discretion}}", 3)),
                Tpl.row(1.5, Tpl.label("拟处理意见"), Tpl.span("{{investigation.proposal}}", 3)),
                Tpl.row(1.5, Tpl.label("送审理由"), Tpl.span("{{review.reason}}", 3)),
                Tpl.row(1.5, Tpl.label("送审材料"), Tpl.span("案件调查终结报告、证据材料、拟作出的行政处罚决定书等案卷材料（共　　页）", 3)),
                Tpl.row(2.0, Tpl.label("承办机构负责人意见"), Tpl.span(">签名：　　　　　　" + SIGN_DATE, 3)),
                Tpl.row(1.0, Tpl.label("送审人"), Tpl.span("{{review.submitter}}　　{{review.submittedOn}}", 3)));
    }

    static void decisionApproval(Tpl t) {
        t.head(false);
        t.table(FOUR,
                Tpl.row(1.0, Tpl.label("案由"), Tpl.span("{{case.cause}}", 3)),
                Tpl.row(1.0, Tpl.label("当事人"), Tpl.span("{{party.name}}", 3)),
                Tpl.row(1.0, Tpl.label("{{party.idLabel}}"), Tpl.span("{{party.idNumber}}", 3)),
                Tpl.row(1.0, Tpl.label("法定代表人（负责人）"), Tpl.cell("{{party.legalRepresentative}}"), Tpl.label("住所（住址）"), Tpl.cell("{{party.address}}")),
                Tpl.row(1.0, Tpl.label("立案日期"), Tpl.cell("{{case.filedOn}}"), Tpl.label("承办人"), Tpl.cell("{{case.handlers}}")),
                Tpl.row(3.0, Tpl.label("违法事实"), Tpl.span("{{case.facts}}", 3)),
                Tpl.row(1.0, Tpl.label("违法依据"), Tpl.span("{{matter.violatedProvision}}", 3)),
                Tpl.row(1.0, Tpl.label("处罚依据"), Tpl.span("{{matter.penaltyProvision}}", 3)),
                Tpl.row(2.0, Tpl.label("裁量说明"), Tpl.span("{{decision.discretion}}", 3)),
                Tpl.row(2.0, Tpl.label("告知、陈述申辩及听证情况"), Tpl.span("{{decision.rightsSummary}}", 3)),
                Tpl.row(1.0, Tpl.label("法制审核意见"), Tpl.span("{{review.conclusionText}}", 3)),
                Tpl.row(1.0, Tpl.label("集体讨论意见"), Tpl.span("{{approval.deliberation}}", 3)),
                Tpl.row(1.5, Tpl.label("拟作出的处罚决定"), Tpl.span("{{decision.penaltyText}}", 3)),
                Tpl.row(1.0, Tpl.label("罚款金额"), Tpl.span("{{decision.fineText}}", 3)),
                Tpl.row(2.0, Tpl.label("承办人意见"), Tpl.span("建议按上述意见作出行政处罚决定。\n>承办人（签名）：{{case.handlers}}　　{{decision.date}}", 3)),
                Tpl.row(2.0, Tpl.label("负责人审批意见"), Tpl.span("同意。\n>负责人（签名）：{{decision.approver}}　　{{decision.date}}", 3)));
    }

    static void serviceReceipt(Tpl t) {
        t.head(false);
        t.table(TWO,
                Tpl.row(1.2, Tpl.label("送达文书名称"), Tpl.cell("{{service.documentTitle}}")),
                Tpl.row(1.2, Tpl.label("文书文号"), Tpl.cell("{{service.documentNumber}}")),
                Tpl.row(1.2, Tpl.label("受送达人"), Tpl.cell("{{service.addressee}}")),
                Tpl.row(1.2, Tpl.label("送达地点"), Tpl.cell("{{service.place}}")),
                Tpl.row(1.2, Tpl.label("送达方式"), Tpl.cell("{{service.method}}")),
                Tpl.row(1.2, Tpl.label("送达人"), Tpl.cell("{{service.servers}}")),
                Tpl.row(2.2, Tpl.label("收件人签名（盖章）及与受送达人关系"), Tpl.cell("{{service.recipient}}\n>" + SIGN_DATE)),
                Tpl.row(1.2, Tpl.label("送达日期"), Tpl.cell("{{service.date}}")),
                Tpl.row(1.6, Tpl.label("见证人（留置送达时）"), Tpl.cell("{{service.witness}}")),
                Tpl.row(2.0, Tpl.label("备注"), Tpl.cell("{{service.note}}")));
        t.seal("{{authority.name}}");
    }

    static void closureApproval(Tpl t) {
        t.head(false);
        t.table(FOUR,
                Tpl.row(1.0, Tpl.label("案由"), Tpl.span("{{case.cause}}", 3)),
                Tpl.row(1.0, Tpl.label("当事人"), Tpl.span("{{party.name}}", 3)),
                Tpl.row(1.0, Tpl.label("{{party.idLabel}}"), Tpl.span("{{party.idNumber}}", 3)),
                Tpl.row(1.0, Tpl.label("立案日期"), Tpl.cell("{{case.filedOn}}"), Tpl.label("决定日期"), Tpl.cell("{{case.decidedOn}}")),
                Tpl.row(1.0, Tpl.label("处罚决定书文号"), Tpl.span("{{case.decisionNumber}}", 3)),
                Tpl.row(2.0, Tpl.label("处理结果"), Tpl.span("{{closure.outcome}}", 3)),
                Tpl.row(2.0, Tpl.label("执行情况"), Tpl.span("{{closure.execution}}", 3)),
                Tpl.row(2.0, Tpl.label("结案理由"), Tpl.span("{{closure.summary}}", 3)),
                Tpl.row(2.5, Tpl.label("承办人意见"), Tpl.span("建议结案。\n>承办人（签名）：{{case.handlers}}　　{{closure.date}}", 3)),
                Tpl.row(2.5, Tpl.label("负责人审批意见"), Tpl.span("同意结案。\n>负责人（签名）：{{closure.approver}}　　{{closure.date}}", 3)));
    }

    static void fileCover(Tpl t) {
        t.blank();
        t.center("{{authority.name}}", TITLE_FONT, 22, true);
        t.blank();
        t.center("行政处罚案卷", TITLE_FONT, 36, true);
        t.blank();
        t.blank();
        t.table(TWO,
                Tpl.row(1.2, Tpl.label("案件编号"), Tpl.cell("{{case.caseNo}}")),
                Tpl.row(1.2, Tpl.label("案由"), Tpl.cell("{{case.cause}}")),
                Tpl.row(1.2, Tpl.label("当事人"), Tpl.cell("{{party.name}}")),
                Tpl.row(1.2, Tpl.label("处罚决定书文号"), Tpl.cell("{{case.decisionNumber}}")),
                Tpl.row(1.2, Tpl.label("立案日期"), Tpl.cell("{{case.filedOn}}")),
                Tpl.row(1.2, Tpl.label("结案日期"), Tpl.cell("{{case.closedOn}}")),
                Tpl.row(1.2, Tpl.label("承办单位"), Tpl.cell("{{team.name}}")),
                Tpl.row(1.2, Tpl.label("承办人"), Tpl.cell("{{case.handlers}}")),
                Tpl.row(1.2, Tpl.label("本卷件数、页数"), Tpl.cell("本卷共{{file.pieces}}件，{{file.pages}}页")),
                Tpl.row(1.2, Tpl.label("保管期限"), Tpl.cell("{{file.retention}}")),
                Tpl.row(1.2, Tpl.label("归档号"), Tpl.cell("{{file.archiveNumber}}")),
                Tpl.row(1.2, Tpl.label("归档日期"), Tpl.cell("{{file.archivedOn}}")));
    }

    static void fileIndex(Tpl t) {
        t.center("{{document.title}}", TITLE_FONT, 22, true);
        t.blank();
        t.left("案件编号：{{case.caseNo}}　　案由：{{case.cause}}");
        t.table(new int[] {6, 30, 25, 19, 10, 10}, 12,
                Tpl.row(0.9, Tpl.head("序号"), Tpl.head("文书名称"), Tpl.head("文号"), Tpl.head("日期"),
                        Tpl.head("页号"), Tpl.head("备注")),
                Tpl.row(0.9, Tpl.center("{{#each entries}}{{item.seq}}"), Tpl.cell("{{item.title}}"), Tpl.center("{{item.number}}"),
                        Tpl.center("{{item.date}}"), Tpl.center("{{item.pages}}"), Tpl.cell("{{item.remark}}")));
    }

    static void fileNote(Tpl t) {
        t.center("{{document.title}}", TITLE_FONT, 22, true);
        t.blank();
        t.left("案件编号：{{case.caseNo}}　　案由：{{case.cause}}");
        t.table(FOUR,
                Tpl.row(8.0, Tpl.label("本卷情况说明"), Tpl.span("本卷共有文书材料{{file.pieces}}件，共{{file.pages}}页（不含卷宗封面、卷内目录和备考表）。\n"
                        + "照片、录音录像等视听资料和电子数据{{file.mediaCount}}件，原始载体另行保存。", 3)),
                Tpl.row(1.2, Tpl.label("立卷人"), Tpl.cell("{{file.compiler}}"), Tpl.label("立卷日期"), Tpl.cell("{{file.compiledOn}}")),
                Tpl.row(1.2, Tpl.label("检查人"), Tpl.cell("{{file.checker}}"), Tpl.label("检查日期"), Tpl.cell("{{file.checkedOn}}")));
    }

    // ================================================================= the writer

    /** A template being written. */
    static final class Tpl {
        private final XWPFDocument doc = new XWPFDocument();
        private final Kind kind;

        Tpl(Kind kind, String title) {
            this.kind = kind;
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("执法工作站");
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(kind.top));
            mar.setBottom(BigInteger.valueOf(kind.bottom));
            mar.setLeft(BigInteger.valueOf(kind.left));
            mar.setRight(BigInteger.valueOf(kind.right));
            mar.setHeader(BigInteger.valueOf(851));
            mar.setFooter(BigInteger.valueOf(851));
            mar.setGutter(BigInteger.ZERO);
        }

        /** The authority line, the title ({@code {{document.title}}}) and, when numbered, the 文号 line. */
        void head(boolean numbered) {
            center("{{authority.name}}", TITLE_FONT, 22, true);
            center("{{document.title}}", TITLE_FONT, 22, true);
            if (numbered) {
                XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, false);
                run(p, "{{document.number}}", BODY_FONT, kind.size, false);
            } else {
                blank();
            }
        }

        void center(String text, String font, int size, boolean bold) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            spacing(p, 0, 0, 0);
            run(p, text, font, size, bold);
        }

        /** A body paragraph: justified, 2-character first-line indent. */
        void p(String text) {
            run(paragraph(ParagraphAlignment.BOTH, true), text, BODY_FONT, kind.size, false);
        }

        /** A line without indent, left-aligned (labels, party lines, signature lines). */
        void left(String text) {
            run(paragraph(ParagraphAlignment.LEFT, false), text, BODY_FONT, kind.size, false);
        }

        void right(String text) {
            run(paragraph(ParagraphAlignment.RIGHT, false), text, BODY_FONT, kind.size, false);
        }

        /** A small note (小四) at the end. */
        void note(String text) {
            run(paragraph(ParagraphAlignment.LEFT, false), text, BODY_FONT, 12, false);
        }

        /** A heading of a report (黑体, indented two characters). */
        void heading(String text) {
            run(paragraph(ParagraphAlignment.LEFT, true), text, HEADING_FONT, kind.size, false);
        }

        void blank() {
            run(paragraph(ParagraphAlignment.LEFT, false), "", BODY_FONT, kind.size, false);
        }

        void ifStart(String flag) {
            run(paragraph(ParagraphAlignment.LEFT, false), "{{#if " + flag + "}}", BODY_FONT, kind.size, false);
        }

        void ifEnd() {
            run(paragraph(ParagraphAlignment.LEFT, false), "{{/if}}", BODY_FONT, kind.size, false);
        }

        /** The 落款: the issuing body, （印章） and {{document.date}}, right-aligned, four characters from the margin. */
        void seal(String body) {
            List<XWPFParagraph> before = doc.getParagraphs();
            if (!before.isEmpty()) {
                keepNext(before.getLast());
            }
            if (kind == Kind.DOC) {
                blank();
                keepNext(doc.getParagraphs().getLast());
            }
            int indent = 4 * kind.size * 20;
            for (String line : List.of(body, "（印章）", "{{document.date}}")) {
                XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, false);
                p.setIndentationRight(line.startsWith("（") ? indent + kind.size * 20 : indent);
                run(p, line, BODY_FONT, kind.size, false);
                if (!line.equals("{{document.date}}")) {
                    keepNext(p);
                }
            }
        }

        /** Keeps the paragraph on the page of the next one (the 落款 never stands alone on a page). */
        private static void keepNext(XWPFParagraph p) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetKeepNext()) {
                ppr.addNewKeepNext();
            }
        }

        /** "signatures … 第 {PAGE} 页 共 {NUMPAGES} 页" in the footer of every page. */
        void footer(String signatures) {
            XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph sig = f.createParagraph();
            sig.setAlignment(ParagraphAlignment.LEFT);
            run(sig, signatures, BODY_FONT, 12, false);
            XWPFParagraph p = f.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, "第 ", BODY_FONT, 12, false);
            field(p, "PAGE");
            run(p, " 页  共 ", BODY_FONT, 12, false);
            field(p, "NUMPAGES");
            run(p, " 页", BODY_FONT, 12, false);
        }

        private void field(XWPFParagraph p, String instr) {
            CTSimpleField fld = p.getCTP().addNewFldSimple();
            fld.setInstr(" " + instr + " ");
            CTR r = fld.addNewR();
            fonts(r.addNewRPr(), BODY_FONT, 12, false);
            r.addNewT().setStringValue("1");
        }

        void table(int[] percents, Row... rows) {
            table(percents, kind.size, rows);
        }

        /** A bordered table with fixed column widths (percent of the text width); cells span with gridSpan. */
        void table(int[] percents, int size, Row... rows) {
            int width = kind.width();
            int[] cols = new int[percents.length];
            int sum = 0;
            for (int i = 0; i < percents.length; i++) {
                cols[i] = i == percents.length - 1 ? width - sum : width * percents[i] / 100;
                sum += cols[i];
            }
            XWPFTable table = doc.createTable();
            CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
            CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(width));
            CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
            layout.setType(STTblLayoutType.FIXED);
            if (!pr.isSetJc()) {
                pr.addNewJc();
            }
            pr.getJc().setVal(STJcTable.CENTER);
            table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
            table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
            table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
            table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
            table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setCellMargins(40, 100, 40, 100);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int c : cols) {
                grid.addNewGridCol().setW(BigInteger.valueOf(c));
            }
            boolean first = true;
            for (Row r : rows) {
                XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                first = false;
                while (!row.getTableCells().isEmpty()) {
                    row.removeCell(0);
                }
                if (r.heightCm() > 0) {
                    row.setHeight((int) Math.round(r.heightCm() * TWIPS_PER_CM));
                    row.setHeightRule(TableRowHeightRule.AT_LEAST);
                }
                row.setCantSplitRow(true);
                int col = 0;
                for (Cell c : r.cells()) {
                    XWPFTableCell cell = row.addNewTableCell();
                    int cw = 0;
                    for (int k = 0; k < c.span(); k++) {
                        cw += cols[col + k];
                    }
                    col += c.span();
                    CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    CTTblWidth tw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                    tw.setType(STTblWidth.DXA);
                    tw.setW(BigInteger.valueOf(cw));
                    if (c.span() > 1) {
                        tc.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                    }
                    tc.addNewVAlign().setVal(STVerticalJc.CENTER);
                    List<String> lines = List.of(c.text().split("\n", -1));
                    for (int i = 0; i < lines.size(); i++) {
                        XWPFParagraph p = i == 0 && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().getFirst()
                                : cell.addParagraph();
                        String line = lines.get(i);
                        ParagraphAlignment a = c.align();
                        if (line.startsWith(">")) {
                            a = ParagraphAlignment.RIGHT;
                            line = line.substring(1);
                        }
                        p.setAlignment(a);
                        spacing(p, 0, 0, 0);
                        run(p, line, BODY_FONT, size, c.bold());
                    }
                }
                if (col != cols.length) {
                    throw new IllegalStateException("row spans " + col + " of " + cols.length + " columns");
                }
            }
            // a paragraph after the table keeps Word from joining it with the next one
            XWPFParagraph after = paragraph(ParagraphAlignment.LEFT, false);
            spacing(after, 0, 0, 0);
            run(after, "", BODY_FONT, 8, false);
        }

        static Row row(double heightCm, Cell... cells) {
            return new Row(heightCm, List.of(cells));
        }

        /** A label cell: centred. */
        static Cell label(String text) {
            return new Cell(text, 1, ParagraphAlignment.CENTER, false);
        }

        /** A column heading: centred, bold. */
        static Cell head(String text) {
            return new Cell(text, 1, ParagraphAlignment.CENTER, true);
        }

        static Cell cell(String text) {
            return new Cell(text, 1, ParagraphAlignment.LEFT, false);
        }

        static Cell center(String text) {
            return new Cell(text, 1, ParagraphAlignment.CENTER, false);
        }

        static Cell span(String text, int columns) {
            return new Cell(text, columns, ParagraphAlignment.LEFT, false);
        }

        private XWPFParagraph paragraph(ParagraphAlignment align, boolean indent) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(align);
            if (kind == Kind.DOC) {
                spacing(p, 560, 0, 0);
            } else {
                spacing(p, 0, 0, 0);
            }
            if (indent) {
                CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
                ind.setFirstLineChars(BigInteger.valueOf(200));
                ind.setFirstLine(BigInteger.valueOf(2L * kind.size * 20));
            }
            return p;
        }

        /** Line spacing: exactly {@code exactTwips} when positive, else single; space before/after in twips. */
        private static void spacing(XWPFParagraph p, int exactTwips, int before, int after) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
            s.setBefore(BigInteger.valueOf(before));
            s.setAfter(BigInteger.valueOf(after));
            if (exactTwips > 0) {
                s.setLine(BigInteger.valueOf(exactTwips));
                s.setLineRule(STLineSpacingRule.EXACT);
            } else {
                s.setLine(BigInteger.valueOf(240));
                s.setLineRule(STLineSpacingRule.AUTO);
            }
        }

        private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
            XWPFRun r = p.createRun();
            r.setText(text);
            CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            fonts(pr, font, size, bold);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetRPr()) {
                // the paragraph mark: an empty paragraph keeps the body font and size
                CTParaRPr mark = ppr.addNewRPr();
                CTFonts f = mark.addNewRFonts();
                f.setAscii(font);
                f.setHAnsi(font);
                f.setEastAsia(font);
                f.setCs(font);
                mark.addNewSz().setVal(BigInteger.valueOf(size * 2L));
                mark.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
            }
        }

        private static void fonts(CTRPr pr, String font, int size, boolean bold) {
            CTFonts f = pr.addNewRFonts();
            f.setAscii(font);
            f.setHAnsi(font);
            f.setEastAsia(font);
            f.setCs(font);
            if (bold) {
                pr.addNewB();
            }
            pr.addNewSz().setVal(BigInteger.valueOf(size * 2L));
            pr.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            doc.close();
            return out.toByteArray();
        }
    }

    record Row(double heightCm, List<Cell> cells) {
    }

    record Cell(String text, int span, ParagraphAlignment align, boolean bold) {
    }
}
