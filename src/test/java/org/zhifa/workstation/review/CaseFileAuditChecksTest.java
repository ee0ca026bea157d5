package org.zhifa.workstation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.review.AuditFixtures.A;
import static org.zhifa.workstation.review.AuditFixtures.B;
import static org.zhifa.workstation.review.AuditFixtures.LEAD;
import static org.zhifa.workstation.review.AuditFixtures.clean;
import static org.zhifa.workstation.review.AuditFixtures.cleanDocuments;
import static org.zhifa.workstation.review.AuditFixtures.cleanNumbers;
import static org.zhifa.workstation.review.AuditFixtures.d;
import static org.zhifa.workstation.review.AuditFixtures.edited;
import static org.zhifa.workstation.review.AuditFixtures.fine;
import static org.zhifa.workstation.review.AuditFixtures.input;
import static org.zhifa.workstation.review.AuditFixtures.replace;
import static org.zhifa.workstation.review.AuditFixtures.without;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.review.checks.AuditInput;
import org.zhifa.workstation.review.checks.DocumentText;
import org.zhifa.workstation.review.checks.IssuedNumber;

/**
 * Every automatic check of the shipped rubric, each with a case that trips it and one that passes. The passing case
 * is the clean case of {@link AuditFixtures}, built through the procedure engine; each tripping case breaks one thing
 * in it (written straight into the history, the way a file from elsewhere may look).
 */
class CaseFileAuditChecksTest {
    private static final CaseFileAudit AUDIT = new CaseFileAudit(Rubric.standard(), AuditSettings.defaults());

    private static AuditResult audit(AuditInput in) {
        return AUDIT.audit(in);
    }

    private static AuditResult audit(CaseRecord c) {
        return audit(input(c, cleanDocuments(), cleanNumbers()));
    }

    private static List<Finding> of(AuditResult r, String item) {
        return r.findings().stream().filter(f -> f.itemId().equals(item)).toList();
    }

    private static List<Finding> of(CaseRecord c, String item) {
        return of(audit(c), item);
    }

    @Test
    void theCleanCaseScores100WithNoFinding() {
        AuditResult r = audit(clean());
        assertThat(r.findings()).isEmpty();
        assertThat(r.skipped()).isEmpty();
        assertThat(r.score()).isEqualByComparingTo("100");
        assertThat(r.passed()).isTrue();
        assertThat(r.manualItems()).extracting(RubricItem::id).contains("V08", "V09", "V10", "V11", "F07", "F08", "C15");
    }

    // ---- veto items ------------------------------------------------------------------------------------------------

    @Test
    void authority_matterOfAnotherAuthorityOrOutsideTheCatalogIsAVeto() {
        CatalogMatter m = ProcedureFixtures.LARGE_FINE_MATTER;
        CatalogMatter other = new CatalogMatter("XXXX-999", m.name(), m.area(), "LQ-SCJG", m.powerSource(),
                m.violatedProvision(), m.penaltyProvision(), m.penaltyTypes(), m.statutoryText(), m.fineKind(), m.fineMin(),
                m.fineMax(), m.fineUnit(), m.finePrecondition(), m.limitationYears(), m.twoOfficerExempt(),
                m.seizureAllowed(), m.noPenaltyListed(), m.firstOffenseListed(), m.verification(), m.note(),
                m.benchmarkName(), m.benchmarkVersion(), m.tiers());
        CaseRecord c = clean();
        CaseRecord moved = new CaseRecord(c.caseNo(), c.authority(), other, c.party(), c.procedure(), c.state(),
                c.source(), c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(),
                c.closedOn(), c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), c.actions());
        List<Finding> f = of(moved, "V01");
        assertThat(f).hasSize(1);
        assertThat(f.getFirst().veto()).isTrue();
        assertThat(f.getFirst().message()).contains("XXXX-999");
        assertThat(of(clean(), "V01")).isEmpty();
    }

    @Test
    void r13_seizureOnAMatterWithoutTheMeasureIsAVeto() {
        CaseRecord c = edited(clean(), l -> {
            l.add(4, new Seize(d("2025-03-04"), A, LEAD, false, List.of(A, B), "翻斗车一辆", AuditFixtures.SHA));
            return l;
        });
        assertThat(of(c, "V01")).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("R13"));
    }

    @Test
    void r1_fewerThanTwoCertifiedOfficersIsAVeto() {
        CaseRecord one = replace(clean(), MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(), r.kind(),
                List.of(A), r.recorder(), r.start(), r.end(), r.place(), true, true, r.subjectName(), r.summary()));
        assertThat(of(one, "V02")).singleElement().satisfies(f -> {
            assertThat(f.veto()).isTrue();
            assertThat(f.place()).contains("2025-03-04");
            assertThat(f.rule()).isEqualTo("R1");
        });
        CaseRecord withAuxiliary = replace(clean(), MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(), r.kind(),
                List.of(A, ProcedureFixtures.AUXILIARY.code()), r.recorder(), r.start(), r.end(), r.place(), true, true,
                r.subjectName(), r.summary()));
        assertThat(of(withAuxiliary, "V02")).as("an auxiliary does not count").hasSize(1);
        assertThat(of(withAuxiliary, "V03")).as("but is no unqualified officer either").isEmpty();
        assertThat(of(clean(), "V02")).isEmpty();
    }

    @Test
    void r1_anOfficerWithoutAValidCertificateOnTheDayIsAVeto() {
        CaseRecord suspended = replace(clean(), MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(), r.kind(),
                List.of(A, B, ProcedureFixtures.SUSPENDED.code()), r.recorder(), r.start(), r.end(), r.place(), true, true,
                r.subjectName(), r.summary()));
        assertThat(of(suspended, "V03")).singleElement().satisfies(f -> assertThat(f.message()).contains("暂扣"));
        assertThat(of(suspended, "V02")).as("two others were certified").isEmpty();

        // the expired certificate (valid to 2025-06-30) counts on its last day and not the day after
        CaseRecord lastDay = edited(clean(), l -> {
            l.add(new MakeRecord(d("2025-06-30"), A, org.zhifa.workstation.domain.cases.RecordKind.INSPECTION,
                    List.of(A, ProcedureFixtures.EXPIRED.code()), B, d("2025-06-30").atTime(9, 0), d("2025-06-30").atTime(10, 0),
                    "现场", true, true, null, "复查"));
            return l;
        });
        CaseRecord dayAfter = edited(clean(), l -> {
            l.add(new MakeRecord(d("2025-07-01"), A, org.zhifa.workstation.domain.cases.RecordKind.INSPECTION,
                    List.of(A, ProcedureFixtures.EXPIRED.code()), B, d("2025-07-01").atTime(9, 0), d("2025-07-01").atTime(10, 0),
                    "现场", true, true, null, "复查"));
            return l;
        });
        assertThat(of(lastDay, "V03")).isEmpty();
        assertThat(of(dayAfter, "V03")).singleElement().satisfies(f -> assertThat(f.place()).contains("2025-07-01"));
        assertThat(of(dayAfter, "V02")).hasSize(1);
    }

    @Test
    void aPenaltyWithNoRecordAndNoEvidenceIsAVeto() {
        CaseRecord bare = without(without(clean(), MakeRecord.class), AddEvidence.class);
        assertThat(of(bare, "V04")).singleElement().satisfies(f -> assertThat(f.veto()).isTrue());
        assertThat(of(clean(), "V04")).isEmpty();
    }

    @Test
    void r17_aDecisionWithoutANoticeIsAVeto() {
        CaseRecord c = without(clean(), ServeNotice.class);
        assertThat(of(c, "V05")).singleElement().satisfies(f -> assertThat(f.place()).contains("2025-03-17"));
        assertThat(of(clean(), "V05")).isEmpty();
    }

    @Test
    void r15_aRequiredReviewMissingOrByAnUnqualifiedReviewerIsAVeto() {
        CaseRecord missing = without(clean(), RecordReviewOpinion.class);
        assertThat(of(missing, "V06")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("100000").contains("应当进行法制审核");
            assertThat(f.veto()).isTrue();
        });
        CaseRecord unqualified = replace(clean(), RecordReviewOpinion.class, o -> new RecordReviewOpinion(o.date(),
                o.actor(), ProcedureFixtures.UNQUALIFIED_REVIEWER.code(), o.conclusion(), o.points(), o.legalBasis()));
        assertThat(of(unqualified, "V06")).singleElement().satisfies(f -> assertThat(f.message()).contains("法律职业资格"));
        CaseRecord rejected = replace(clean(), RecordReviewOpinion.class, o -> new RecordReviewOpinion(o.date(),
                o.actor(), o.reviewer(), ReviewConclusion.REJECT, o.points(), o.legalBasis()));
        assertThat(of(rejected, "V06")).hasSize(1);
        assertThat(of(clean(), "V06")).isEmpty();
    }

    @Test
    void r15_aCaseBelowTheThresholdsNeedsNoReview() {
        // ¥30,000 on a company: under the ¥100,000 review threshold (a 从轻 departure below the tier is not a trigger)
        CaseRecord small = edited(without(clean(), RecordReviewOpinion.class), l -> {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof Decide d) {
                    l.set(i, new Decide(d.date(), d.actor(), fine("60000"), d.approvedBy(), d.discretionStatement(),
                            null, true));
                }
            }
            return l;
        });
        assertThat(of(small, "V06")).isEmpty();
    }

    @Test
    void r16_aComplexCaseNeedsSignedDeliberationBeforeTheDecision() {
        CaseRecord complex = replace(clean(), ConcludeInvestigation.class, ci -> new ConcludeInvestigation(ci.date(),
                ci.actor(), ci.outcome(), ci.noPenaltyGround(), ci.proposedPenalty(), ci.circumstances(), ci.illegalGains(),
                true, false, false, null));
        assertThat(of(complex, "V07")).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("R16"));
        CaseRecord deliberated = edited(complex, l -> {
            int decide = indexOf(l, Decide.class);
            l.add(decide, new Deliberate(d("2025-03-14"), A, LEAD, List.of(LEAD, A, B), "同意处罚", true));
            return l;
        });
        assertThat(of(deliberated, "V07")).isEmpty();
        CaseRecord unsigned = edited(complex, l -> {
            l.add(indexOf(l, Decide.class), new Deliberate(d("2025-03-14"), A, LEAD, List.of(LEAD, A, B), "同意处罚", false));
            return l;
        });
        assertThat(of(unsigned, "V07")).hasSize(1);
    }

    // ---- 卷面 ------------------------------------------------------------------------------------------------------

    @Test
    void r38_actionsOutOfDateOrderAreDeducted() {
        CaseRecord swapped = edited(clean(), l -> {
            int inquiry = l.size();
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof MakeRecord r && r.date().equals(d("2025-03-05"))) {
                    inquiry = i;
                }
            }
            CaseAction x = l.remove(inquiry);
            l.add(2, x);
            return l;
        });
        List<Finding> f = of(swapped, "F01");
        assertThat(f).isNotEmpty();
        assertThat(f.getFirst().rule()).isEqualTo("R38");
        assertThat(f.getFirst().deduction()).isEqualByComparingTo("1");
        assertThat(of(clean(), "F01")).isEmpty();
    }

    @Test
    void r37_aDocumentNumberUsedTwiceIsDeducted_andWithoutNumbersTheCheckIsSkipped() {
        AuditResult dup = audit(input(clean(), cleanDocuments(),
                List.of(new IssuedNumber("DECISION", "八都镇综执罚决〔2025〕1号", 1, 0))));
        assertThat(of(dup, "F02")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R37");
            assertThat(f.message()).contains("八都镇综执罚决〔2025〕1号");
        });
        AuditResult none = audit(input(clean(), cleanDocuments(), null));
        assertThat(of(none, "F02")).isEmpty();
        assertThat(none.skipped()).anySatisfy(s -> assertThat(s).startsWith("F02").contains("尚未编号"));
        assertThat(of(audit(clean()), "F02")).isEmpty();
    }

    @Test
    void r36_figuresThatDifferFromTheirWordsAreDeducted() {
        List<DocumentText> docs = new ArrayList<>(cleanDocuments());
        docs.add(new DocumentText("URGING_NOTICE", "催告书", null,
                "应缴罚款人民币100500元（大写：人民币壹拾万零伍仟元整）。"));
        AuditResult r = audit(input(clean(), docs, cleanNumbers()));
        assertThat(of(r, "F03")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R36");
            assertThat(f.message()).contains("100500").contains("105000");
            assertThat(f.place()).contains("催告书");
        });
    }

    @Test
    void r36_anyAllowedWritingOfTheSameAmountPasses_andWithoutDocumentsTheCheckIsSkipped() {
        List<DocumentText> docs = List.of(new DocumentText("DECISION", "行政处罚决定书", null,
                "罚款人民币107000.53元（大写：壹拾万柒仟元伍角叁分），另没收违法所得人民币壹仟肆佰零玖元伍角（¥1409.50）。"
                        + "罚款16409.02元(大写 人民币壹万陆仟肆佰零玖元零贰分)。"));
        AuditResult r = audit(input(clean(), docs, cleanNumbers()));
        assertThat(of(r, "F03")).isEmpty();
        AuditResult none = audit(input(clean(), null, null));
        assertThat(none.skipped()).anySatisfy(s -> assertThat(s).startsWith("F03").contains("尚未生成文书"));
    }

    @Test
    void r40_aDocumentWithAnotherNumberOrWithoutThePartyIsDeducted() {
        List<DocumentText> docs = new ArrayList<>(cleanDocuments());
        docs.set(2, new DocumentText("DECISION", "行政处罚决定书", "八都镇综执罚决〔2025〕1号",
                "当事人：龙泉某某建设工程有限公司，统一社会信用代码：91330000MA27U05A5D。罚款人民币100000元（大写：人民币壹拾万元整）。"));
        docs.set(3, new DocumentText("SERVICE_RECEIPT", "送达回证", null, "受送达人：龙泉某某建设公司"));
        AuditResult r = audit(input(clean(), docs, cleanNumbers()));
        List<Finding> f = of(r, "F04");
        assertThat(f).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("91350100M000100Y43"));
        assertThat(f).extracting(Finding::place).anySatisfy(p -> assertThat(p).contains("送达回证"));
        assertThat(f).allSatisfy(x -> assertThat(x.rule()).isEqualTo("R40"));
        assertThat(f.stream().map(Finding::deduction).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4");
        assertThat(of(audit(clean()), "F04")).isEmpty();
    }

    @Test
    void r40_theCaseItselfMustAgreeWithTheIdNumber() {
        CaseRecord c = clean();
        Party wrong = new Party(PartyKind.INDIVIDUAL, "徐建国", "11010519491231002X", null, "男",
                LocalDate.of(1950, 1, 1), null, null, "龙泉市八都镇八都街1号", null);
        CaseRecord individual = new CaseRecord(c.caseNo(), c.authority(), c.matter(), wrong, c.procedure(), c.state(),
                c.source(), c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(),
                c.closedOn(), c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), c.actions());
        AuditResult r = audit(input(individual, null, null));
        assertThat(of(r, "F04")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("1950-01-01").contains("1949-12-31"))
                .anySatisfy(m -> assertThat(m).contains("男").contains("女"));
        assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("F04"));
        Party bad = new Party(PartyKind.INDIVIDUAL, "徐建国", "110105194912310021", null, null, null, null, null, null, null);
        CaseRecord invalid = new CaseRecord(c.caseNo(), c.authority(), c.matter(), bad, c.procedure(), c.state(),
                c.source(), c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(),
                c.closedOn(), c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), c.actions());
        assertThat(of(audit(input(invalid, null, null)), "F04")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("110105194912310021"));
    }

    @Test
    void r14_anAvRecordMissingRecorderTimeAndWhatItProvesIsDeducted() {
        CaseRecord c = replace(clean(), AddEvidence.class, e -> new AddEvidence(e.date(), e.actor(), e.kind(), e.title(),
                null, e.fileName(), e.sha256(), new RecordingMetadata(null, null, null, null, "八都镇八都街", "执法记录仪",
                "录像", null, null)));
        assertThat(of(c, "F05")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("记录人").contains("记录起止时间").contains("证明内容");
            assertThat(f.rule()).isEqualTo("R14");
            assertThat(f.deduction()).isEqualByComparingTo("1");
        });
        assertThat(of(clean(), "F05")).isEmpty();
    }

    @Test
    void r2_aRecordThatDoesNotSayCertificatesWereShownIsDeducted() {
        CaseRecord c = replace(clean(), MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(), r.kind(), r.officers(),
                r.recorder(), r.start(), r.end(), r.place(), false, true, r.subjectName(), r.summary()));
        assertThat(of(c, "F06")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("出示执法证件");
            assertThat(f.deduction()).isEqualByComparingTo("0.5");
        });
        assertThat(of(clean(), "F06")).isEmpty();
    }

    // ---- 内容 ------------------------------------------------------------------------------------------------------

    @Test
    void r5_lateFilingIsDeducted() {
        CaseRecord c = clean();
        // discovered four weeks before filing: the 7 working days ran out long before
        CaseRecord late = new CaseRecord(c.caseNo(), c.authority(), c.matter(), c.party(), c.procedure(), c.state(),
                c.source(), c.cause(), c.facts(), d("2025-02-05"), c.actPlace(), d("2025-02-05"), c.filedOn(),
                c.decidedOn(), c.closedOn(), c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), c.actions());
        assertThat(of(late, "C01")).singleElement().satisfies(f -> assertThat(f.message()).contains("2025-03-03"));
        assertThat(of(clean(), "C01")).isEmpty();
    }

    @Test
    void r4_actsThatNeedFilingBeforeItAreDeducted() {
        CaseRecord c = replace(clean(), FileCase.class, f -> new FileCase(d("2025-03-11"), f.actor(), f.approvedBy(),
                f.handlers(), f.lateReason()));
        assertThat(of(c, "C02")).extracting(Finding::place).anySatisfy(p -> assertThat(p).contains("2025-03-10"));
        CaseRecord notFiled = without(clean(), FileCase.class);
        assertThat(of(notFiled, "C02")).isNotEmpty().allSatisfy(f -> assertThat(f.message()).contains("未经立案"));
        assertThat(of(clean(), "C02")).isEmpty();
    }

    @Test
    void datesThatContradictEachOtherAreDeducted() {
        CaseRecord c = replace(clean(), ServeDecision.class, s -> new ServeDecision(d("2025-03-16"), s.actor(), s.method(),
                s.recipient(), false, false, 0));
        assertThat(of(c, "C03")).singleElement().satisfies(f -> assertThat(f.message()).contains("2025-03-17"));
        CaseRecord record = replace(clean(), MakeRecord.class, r -> new MakeRecord(r.date(), r.actor(), r.kind(),
                r.officers(), r.recorder(), r.date().atTime(10, 0), r.date().atTime(9, 0), r.place(), true, true,
                r.subjectName(), r.summary()));
        assertThat(of(record, "C03")).hasSize(1);
        assertThat(of(clean(), "C03")).isEmpty();
    }

    @Test
    void aDecisionWithoutAnInvestigationReportIsDeducted() {
        CaseRecord c = without(clean(), ConcludeInvestigation.class);
        assertThat(of(c, "C05")).singleElement().satisfies(f -> assertThat(f.deduction()).isEqualByComparingTo("3"));
        assertThat(of(clean(), "C05")).isEmpty();
    }

    @Test
    void r18_aNoticeOfAHearingPenaltyWithoutTheHearingRightIsDeducted() {
        CaseRecord c = replace(clean(), ServeNotice.class, n -> new ServeNotice(n.date(), n.actor(), n.proposedPenalty(),
                false, n.method()));
        assertThat(of(c, "C06")).hasSize(1);
        assertThat(of(clean(), "C06")).isEmpty();
    }

    @Test
    void r21_statementsNotRuledOnAreDeducted() {
        CaseRecord unruled = edited(clean(), l -> {
            l.add(indexOf(l, Decide.class), new HearRepresentation(d("2025-03-14"), A, List.of(
                    new RepresentationPoint("已自行清运一半", true, "经现场复核属实"),
                    new RepresentationPoint("经营困难，请求减免", null, null))));
            return l;
        });
        assertThat(of(unruled, "C07")).singleElement().satisfies(f -> assertThat(f.message()).contains("第2项"));
        CaseRecord ruled = edited(clean(), l -> {
            l.add(indexOf(l, Decide.class), new HearRepresentation(d("2025-03-14"), A, List.of(
                    new RepresentationPoint("经营困难，请求减免", false, "经营困难不属于法定从轻、减轻情节"))));
            return l;
        });
        assertThat(of(ruled, "C07")).isEmpty();
    }

    @Test
    void r27_aDecisionCarriedOutWithoutAServiceRecordIsDeducted() {
        CaseRecord c = without(clean(), ServeDecision.class);
        assertThat(of(c, "C08")).singleElement().satisfies(f -> assertThat(f.message()).contains("缴纳"));
        assertThat(of(clean(), "C08")).isEmpty();
    }

    @Test
    void r20_aDecisionHeavierThanTheNoticeIsDeducted() {
        CaseRecord higher = replace(clean(), Decide.class, x -> new Decide(x.date(), x.actor(), fine("120000"),
                x.approvedBy(), x.discretionStatement(), x.departureReason(), true));
        assertThat(of(higher, "C09")).singleElement().satisfies(f -> assertThat(f.message()).contains("120000").contains("100000"));
        CaseRecord newType = replace(clean(), Decide.class, x -> new Decide(x.date(), x.actor(),
                new PenaltyTerms(EnumSet.of(PenaltyType.FINE, PenaltyType.ORDER_SUSPENSION), new BigDecimal("100000"), null,
                        null, null), x.approvedBy(), x.discretionStatement(), x.departureReason(), true));
        assertThat(of(newType, "C09")).singleElement().satisfies(f -> assertThat(f.message()).contains("责令停产停业"));
        assertThat(of(clean(), "C09")).isEmpty();
    }

    @Test
    void r20_aDecisionCitingAnArticleTheNoticeDidNotIsDeducted() {
        List<DocumentText> docs = new ArrayList<>(cleanDocuments());
        DocumentText decision = docs.get(2);
        docs.set(2, new DocumentText(decision.docType(), decision.title(), decision.number(), decision.text()
                + "依据《浙江省固体废物污染环境防治条例》第五十二条第二款、第三款，一并责令改正。"));
        AuditResult r = audit(input(clean(), docs, cleanNumbers()));
        assertThat(of(r, "C09")).extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "决定书援引的《浙江省固体废物污染环境防治条例》第五十二条第二款未见于行政处罚事先告知书",
                        "决定书援引的《浙江省固体废物污染环境防治条例》第五十二条第三款未见于行政处罚事先告知书");
    }

    @Test
    void r32_aDecisionWithoutACompleteRemedyClauseIsDeducted() {
        CaseRecord c = replace(clean(), Decide.class, x -> new Decide(x.date(), x.actor(), x.penalty(), x.approvedBy(),
                x.discretionStatement(), x.departureReason(), false));
        assertThat(of(c, "C10")).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("R32"));
        assertThat(of(clean(), "C10")).isEmpty();
    }

    @Test
    void r15_anEmptyOrTooBriefReviewOpinionIsDeducted() {
        CaseRecord empty = replace(clean(), RecordReviewOpinion.class, o -> new RecordReviewOpinion(o.date(), o.actor(),
                o.reviewer(), o.conclusion(), List.of(), " "));
        assertThat(of(empty, "C11")).singleElement().satisfies(f -> assertThat(f.message()).contains("为空"));
        CaseRecord brief = replace(clean(), RecordReviewOpinion.class, o -> new RecordReviewOpinion(o.date(), o.actor(),
                o.reviewer(), o.conclusion(), List.of("同意"), null));
        assertThat(of(brief, "C11")).singleElement().satisfies(f -> assertThat(f.message()).contains("过于简单"));
        assertThat(of(clean(), "C11")).isEmpty();
    }

    @Test
    void r33_aPublicationMadeLateIsDeducted_andOneNotMadeAtAllIsDeductedOnceOverdue() {
        CaseRecord late = replace(clean(), Publish.class, p -> new Publish(d("2025-03-27"), p.actor()));
        // decided Mon 2025-03-17: 7 working days → Wed 2025-03-26
        assertThat(of(late, "C12")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("2025-03-26").contains("2025-03-27");
            assertThat(f.rule()).isEqualTo("R33");
        });
        CaseRecord never = without(clean(), Publish.class);
        assertThat(of(never, "C12")).singleElement().satisfies(f -> assertThat(f.message()).contains("仍未完成"));
        AuditResult early = AUDIT.audit(new AuditInput(never, AuditFixtures.ctx(),
                AuditFixtures.input(never).deadlines(), d("2025-03-26"), cleanDocuments(), cleanNumbers()));
        assertThat(of(early, "C12")).as("not yet overdue on its last day").isEmpty();
        assertThat(of(clean(), "C12")).isEmpty();
    }

    @Test
    void aDecisionSilentOnTheBenchmarkIsDeducted() {
        CaseRecord silent = replace(clean(), Decide.class, x -> new Decide(x.date(), x.actor(), x.penalty(),
                x.approvedBy(), "综合考虑当事人的违法情节，决定罚款100000元。", null, true));
        assertThat(of(silent, "C13")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("八都镇综合行政执法裁量基准（演示）").contains("2025版").contains("裁量阶次");
            assertThat(f.deduction()).isEqualByComparingTo("3");
        });
        assertThat(of(clean(), "C13")).isEmpty();
    }

    @Test
    void r11_aFineAboveTheMaximumOrOutsideTheTierWithoutAReasonIsDeducted() {
        CaseRecord above = replace(clean(), Decide.class, x -> new Decide(x.date(), x.actor(), fine("600000"),
                x.approvedBy(), x.discretionStatement(), null, true));
        assertThat(of(above, "C14")).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("500000"));
        CaseRecord outside = edited(clean(), l -> {
            int i = indexOf(l, Decide.class);
            Decide x = (Decide) l.get(i);
            l.set(i, new Decide(x.date(), x.actor(), fine("200000"), x.approvedBy(), x.discretionStatement(), null, true));
            return l;
        });
        // the 从轻 ground (voluntarily reduced harm) puts ¥200,000 outside the 从轻 tier, and no reason is written
        assertThat(of(outside, "C14")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("50000元至150000元"))
                .anySatisfy(m -> assertThat(m).contains("应当从轻"));
        assertThat(of(outside, "C14").stream().map(Finding::deduction).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("capped at the item's 5 points").isEqualByComparingTo("5");
        assertThat(of(clean(), "C14")).isEmpty();
    }

    // ---- the seed 002 defects together -----------------------------------------------------------------------------

    @Test
    void theDefectsSeed002ReportsAreAllFound() {
        CaseRecord c = replace(clean(), AddEvidence.class, e -> new AddEvidence(e.date(), e.actor(), e.kind(), e.title(),
                null, e.fileName(), e.sha256(), new RecordingMetadata(null, null, null, null, "现场", "执法记录仪", "录像",
                null, null)));
        c = replace(c, RecordReviewOpinion.class, o -> new RecordReviewOpinion(o.date(), o.actor(), o.reviewer(),
                o.conclusion(), List.of(), null));
        c = replace(c, Decide.class, x -> new Decide(x.date(), x.actor(), x.penalty(), x.approvedBy(), "依法予以处罚。",
                null, true));
        c = edited(c, l -> {
            l.add(1, l.remove(4));
            return l;
        });
        AuditResult r = audit(c);
        assertThat(r.findings()).extracting(Finding::itemId).contains("F05", "F01", "C11", "C13");
        assertThat(r.vetoed()).isFalse();
        assertThat(r.score()).isLessThan(new BigDecimal("100"));
    }

    private static int indexOf(List<CaseAction> l, Class<?> type) {
        for (int i = 0; i < l.size(); i++) {
            if (type.isInstance(l.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @SuppressWarnings("unused")
    private static Set<Circumstance> none() {
        return EnumSet.noneOf(Circumstance.class);
    }

    @SuppressWarnings("unused")
    private static InvestigationOutcome penalty() {
        return InvestigationOutcome.PENALTY;
    }
}
