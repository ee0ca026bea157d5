package org.zhifa.workstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;
import org.zhifa.workstation.review.checks.AuditInput;
import org.zhifa.workstation.review.checks.DocumentText;
import org.zhifa.workstation.review.checks.IssuedNumber;

/**
 * A complete, clean general-procedure case built through the procedure engine (every gate passes): 建筑垃圾倾倒 by a
 * company, fine ¥100,000 (the 从轻 tier, hearing right and 法制审核 required by the default thresholds), every record,
 * the AV evidence with full metadata, review approved, notice with the hearing right, waivers, the decision with the
 * engine's own discretion statement, service, 公示, payment, 结案, 归档. The checks' tests break one thing at a time.
 */
final class AuditFixtures {
    static final String LEAD = ProcedureFixtures.LEAD.code();
    static final String A = ProcedureFixtures.A.code();
    static final String B = ProcedureFixtures.B.code();
    static final String REVIEWER = ProcedureFixtures.REVIEWER.code();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String SHA = "a".repeat(64);

    private AuditFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PenaltyTerms fine(String amount) {
        return new PenaltyTerms(Set.of(PenaltyType.FINE), new BigDecimal(amount), null, null, null);
    }

    static RecordingMetadata fullRecording(LocalDate day) {
        return new RecordingMetadata(B, ProcedureFixtures.B.certificate().number(), day.atTime(9, 0), day.atTime(9, 20),
                "八都镇八都街建筑工地", "执法记录仪DSJ-01", "连续录像", "当事人倾倒建筑垃圾的过程及现场状况", "录像文字说明");
    }

    static MakeRecord inspection(LocalDate day) {
        return new MakeRecord(day, A, RecordKind.INSPECTION, List.of(A, B), B, day.atTime(9, 0), day.atTime(10, 0),
                "八都镇八都街建筑工地", true, true, "王某", "现场检查，发现倾倒建筑垃圾约20立方米");
    }

    static MakeRecord inquiry(LocalDate day) {
        return new MakeRecord(day, A, RecordKind.INQUIRY, List.of(A, B), B, day.atTime(14, 0), day.atTime(15, 0),
                "八都镇综合行政执法队", true, true, "王某", "当事人承认倾倒建筑垃圾");
    }

    static AddEvidence video(LocalDate day) {
        return new AddEvidence(day, A, EvidenceKind.AUDIO_VISUAL, "现场执法记录仪视频", "当事人倾倒建筑垃圾", "video.mp4",
                SHA, fullRecording(day));
    }

    /** The clean case (state ARCHIVED). */
    static CaseRecord clean() {
        CaseRecord c = ProcedureFixtures.lead(d("2025-03-03"), ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY);
        c = advance(c,
                new Register(d("2025-03-03"), A),
                new FileCase(d("2025-03-03"), A, LEAD, List.of(A, B), null),
                inspection(d("2025-03-04")),
                video(d("2025-03-04")),
                inquiry(d("2025-03-05")),
                new ConcludeInvestigation(d("2025-03-10"), A, InvestigationOutcome.PENALTY, null, fine("100000"),
                        EnumSet.of(Circumstance.VOLUNTARILY_REDUCED_HARM), null, false, false, false, null),
                new SubmitReview(d("2025-03-11"), A, REVIEWER),
                new RecordReviewOpinion(d("2025-03-12"), REVIEWER, REVIEWER, ReviewConclusion.APPROVE,
                        List.of("事实清楚，证据确实充分", "适用《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第三项正确", "程序合法，裁量适当"),
                        "《中华人民共和国行政处罚法》第五十八条"),
                new ServeNotice(d("2025-03-13"), A, fine("100000"), true, ServiceMethod.PERSONAL),
                new WaiveRepresentation(d("2025-03-14"), A, true),
                new WaiveHearing(d("2025-03-14"), A, true));
        String statement = CaseDiscretion.assess(c, new BigDecimal("100000"), null).sentence();
        return advance(c,
                new Decide(d("2025-03-17"), A, fine("100000"), LEAD, statement, null, true),
                new ServeDecision(d("2025-03-18"), A, ServiceMethod.PERSONAL, "王某", false, false, 0),
                new Publish(d("2025-03-19"), A),
                new RecordPayment(d("2025-03-25"), A, new BigDecimal("100000"), BigDecimal.ZERO, PaymentChannel.BANK, "BANK-001"),
                new CloseCase(d("2025-03-26"), A, LEAD, "罚款已缴清"),
                new ArchiveCase(d("2025-03-27"), A, "BD-2025-永久-001"));
    }

    static CaseRecord advance(CaseRecord c, CaseAction... actions) {
        ProcedureEngine engine = ProcedureEngine.standard();
        CaseRecord current = c;
        for (CaseAction a : actions) {
            Outcome o = engine.apply(current, a, ProcedureFixtures.context());
            assertThat(o.blocking()).as("%s on %s", a.type(), a.date()).isEmpty();
            current = o.result();
        }
        return current;
    }

    /** The case with its history edited (no gates: the way a file from elsewhere may look). */
    static CaseRecord edited(CaseRecord c, UnaryOperator<List<CaseAction>> edit) {
        List<CaseAction> actions = edit.apply(new ArrayList<>(c.actions()));
        return new CaseRecord(c.caseNo(), c.authority(), c.matter(), c.party(), c.procedure(), c.state(), c.source(),
                c.cause(), c.facts(), c.actDate(), c.actPlace(), c.discoveredOn(), c.filedOn(), c.decidedOn(),
                c.closedOn(), c.fineAmount(), c.confiscatedAmount(), c.revision(), c.officers(), actions);
    }

    /** Replaces the first action of the type. */
    static <T extends CaseAction> CaseRecord replace(CaseRecord c, Class<T> type, UnaryOperator<T> change) {
        return edited(c, list -> {
            for (int i = 0; i < list.size(); i++) {
                if (type.isInstance(list.get(i))) {
                    list.set(i, change.apply(type.cast(list.get(i))));
                    break;
                }
            }
            return list;
        });
    }

    /** Removes every action of the type. */
    static CaseRecord without(CaseRecord c, Class<? extends CaseAction> type) {
        return edited(c, list -> {
            list.removeIf(type::isInstance);
            return list;
        });
    }

    static RuleContext ctx() {
        return ProcedureFixtures.context();
    }

    static AuditInput input(CaseRecord c) {
        List<DeadlineItem> deadlines = ProcedureEngine.standard().deadlines(c, ctx());
        return AuditInput.of(c, ctx(), deadlines, AS_OF);
    }

    static AuditInput input(CaseRecord c, List<DocumentText> docs, List<IssuedNumber> numbers) {
        return input(c).withDocuments(docs, numbers);
    }

    /** The documents of the clean case as the templates would write them. */
    static List<DocumentText> cleanDocuments() {
        String party = "当事人：龙泉某某建设工程有限公司，统一社会信用代码：91350100M000100Y43，法定代表人：王某。";
        return List.of(
                new DocumentText("FILING_APPROVAL", "立案审批表", null, party + "案由：随意倾倒建筑垃圾案。"),
                new DocumentText("ADVANCE_NOTICE", "行政处罚事先告知书", "八都镇综执罚告〔2025〕1号", party
                        + "你单位的行为违反了《中华人民共和国固体废物污染环境防治法》第六十三条，依据《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第三项，"
                        + "拟处罚款人民币100000元（大写：人民币壹拾万元整）。依据《中华人民共和国行政处罚法》第六十三条，你单位有权要求听证。"),
                new DocumentText("DECISION", "行政处罚决定书", "八都镇综执罚决〔2025〕1号", party
                        + "违反了《中华人民共和国固体废物污染环境防治法》第六十三条，依据《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第三项，"
                        + "决定处罚款人民币100000元（大写：人民币壹拾万元整）。逾期不缴纳的，依据《中华人民共和国行政处罚法》第七十二条第一款第一项每日按罚款数额的百分之三加处罚款。"),
                new DocumentText("SERVICE_RECEIPT", "送达回证", null, "受送达人：龙泉某某建设工程有限公司。送达文书：行政处罚决定书（八都镇综执罚决〔2025〕1号）。"));
    }

    static List<IssuedNumber> cleanNumbers() {
        return List.of(new IssuedNumber("ADVANCE_NOTICE", "八都镇综执罚告〔2025〕1号", 0, 0),
                new IssuedNumber("DECISION", "八都镇综执罚决〔2025〕1号", 0, 0));
    }

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }
}
