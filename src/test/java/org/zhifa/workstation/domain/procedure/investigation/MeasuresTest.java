package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LEAD;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.blockedBy;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.lead;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.SHA;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.advance;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.attempt;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.codes;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.completeRecording;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.context;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.file;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.matter;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.seize;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.video;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.DecidePreservation;
import org.zhifa.workstation.domain.cases.action.ExtendSeizure;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.ReleaseSeizure;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** Measures of the investigation: R12 先行登记保存, R13 查封扣押, R14 the AV record. */
class MeasuresTest {
    private static final CatalogMatter SEIZABLE = matter("SZ-001", PowerSource.DELEGATION, true, false, "BADU", null);
    private final RuleContext ctx = context(SEIZABLE);

    private static PreserveEvidence preserve(LocalDate on) {
        return new PreserveEvidence(on, A.code(), LEAD.code(), codes(A, B), "货架2个、遮阳伞1把");
    }

    private static DecidePreservation decide(LocalDate on) {
        return new DecidePreservation(on, A.code(), "予以退还");
    }

    private DeadlineItem only(CaseRecord c, String key) {
        List<DeadlineItem> items = ProcedureEngine.standard().deadlines(c, ctx).stream().filter(i -> i.key().equals(key)).toList();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    @Test
    @DisplayName("R12 先行登记保存须在7个工作日内处理：9月30日保存跨国庆（含10月11日调休）至10月16日，10月17日阻止")
    void r12_preservationDecidedWithinSevenWorkingDaysAcrossNationalDay() {
        CaseRecord c = advance(ctx, lead(d("2025-09-26"), MATTER, ADULT), file(d("2025-09-26")), preserve(d("2025-09-30")));
        assertThat(only(c, "preservation").deadline().date()).isEqualTo(d("2025-10-16"));
        assertThat(attempt(ctx, c, decide(d("2025-10-16"))).accepted()).isTrue();
        Outcome late = attempt(ctx, c, decide(d("2025-10-17")));
        assertThat(blockedBy(late, "R12")).isTrue();
        assertThat(late.blocking()).extracting(Violation::message).anyMatch(m -> m.contains("2025-10-16"));

        CaseRecord decided = advance(ctx, c, decide(d("2025-10-16")));
        assertThat(only(decided, "preservation").metOn()).isEqualTo(d("2025-10-16"));
        assertThat(blockedBy(attempt(ctx, decided, decide(d("2025-10-16"))), "PROC")).as("nothing left to decide").isTrue();
    }

    @Test
    @DisplayName("R12 春节：2026-02-13保存（2月14日、28日调休），3月2日为最后一日，3月3日阻止；未经负责人批准阻止")
    void r12_springFestivalAndApproval() {
        CaseRecord filed = advance(ctx, lead(d("2026-02-13"), MATTER, ADULT), file(d("2026-02-13")));
        CaseRecord c = advance(ctx, filed, preserve(d("2026-02-13")));
        assertThat(only(c, "preservation").deadline().date()).isEqualTo(d("2026-03-02"));
        assertThat(attempt(ctx, c, decide(d("2026-03-02"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(ctx, c, decide(d("2026-03-03"))), "R12")).isTrue();

        PreserveEvidence unapproved = new PreserveEvidence(d("2026-02-13"), A.code(), B.code(), codes(A, B), "货架");
        assertThat(blockedBy(attempt(ctx, filed, unapproved), "R12")).isTrue();
    }

    @Test
    @DisplayName("R13 查封扣押：无法定授权或委托事项阻止；须负责人事先批准，紧急情况提示24小时内报告")
    void r13_seizureOnlyWhereAuthorisedAndApproved() {
        LocalDate day = d("2025-03-03");
        CaseRecord plain = advance(ctx, lead(day, MATTER, ADULT), file(day), video(day, SHA, completeRecording(day)));
        assertThat(blockedBy(attempt(ctx, plain, seize(day, LEAD.code(), false, SHA)), "R13")).isTrue();

        CatalogMatter entrusted = matter("WT-001", PowerSource.ENTRUSTMENT, true, false, "BADU", null);
        RuleContext ectx = context(entrusted);
        CaseRecord e = advance(ectx, lead(day, entrusted, ADULT), file(day), video(day, SHA, completeRecording(day)));
        Outcome byEntrustment = attempt(ectx, e, seize(day, LEAD.code(), false, SHA));
        assertThat(blockedBy(byEntrustment, "R13")).isTrue();
        assertThat(byEntrustment.blocking()).extracting(Violation::message).anyMatch(m -> m.contains("委托"));

        CaseRecord c = advance(ctx, lead(day, SEIZABLE, ADULT), file(day), video(day, SHA, completeRecording(day)));
        assertThat(blockedBy(attempt(ctx, c, seize(day, A.code(), false, SHA)), "R13")).isTrue();
        Outcome emergency = attempt(ctx, c, seize(day, null, true, SHA));
        assertThat(emergency.accepted()).isTrue();
        assertThat(emergency.warnings()).extracting(Violation::rule).contains("R13");
        Outcome approved = attempt(ctx, c, seize(day, LEAD.code(), false, SHA));
        assertThat(approved.accepted()).isTrue();
        assertThat(approved.warnings()).extracting(Violation::rule).doesNotContain("R13");
    }

    @Test
    @DisplayName("R13 期限30日：第30日未超期、第31日超期提示；延长一次不超过30日（跨五一顺延）；再次延长或超过30日阻止")
    void r13_thirtyDaysPlusOneExtension() {
        LocalDate day = d("2025-03-03");
        CaseRecord c = advance(ctx, lead(day, SEIZABLE, ADULT), file(day), video(day, SHA, completeRecording(day)),
                seize(day, LEAD.code(), false, SHA));
        DeadlineItem period = only(c, "seizure");
        assertThat(period.deadline().date()).isEqualTo(d("2025-04-02"));
        assertThat(period.overdue(d("2025-04-02"))).isFalse();
        assertThat(period.overdue(d("2025-04-03"))).as("day 31").isTrue();
        Outcome lateRelease = attempt(ctx, c, new ReleaseSeizure(d("2025-04-03"), A.code(), "调查完毕"));
        assertThat(lateRelease.accepted()).isTrue();
        assertThat(lateRelease.warnings()).extracting(Violation::rule).contains("R13");

        assertThat(blockedBy(attempt(ctx, c, new ExtendSeizure(d("2025-03-31"), A.code(), LEAD.code(), 31, "需检测")), "R13")).isTrue();
        assertThat(blockedBy(attempt(ctx, c, new ExtendSeizure(d("2025-03-31"), A.code(), A.code(), 30, "需检测")), "R13")).isTrue();
        assertThat(blockedBy(attempt(ctx, c, new ExtendSeizure(d("2025-04-03"), A.code(), LEAD.code(), 30, "需检测")), "R13"))
                .as("after the 30 days ran out").isTrue();
        CaseRecord extended = advance(ctx, c, new ExtendSeizure(d("2025-03-31"), A.code(), LEAD.code(), 30, "情况复杂，需检测"));
        assertThat(only(extended, "seizure").deadline().date()).as("05-02 falls in 劳动节").isEqualTo(d("2025-05-06"));
        assertThat(blockedBy(attempt(ctx, extended, new ExtendSeizure(d("2025-04-10"), A.code(), LEAD.code(), 10, "再延")), "R13"))
                .as("only one extension").isTrue();
        CaseRecord released = advance(ctx, extended, new ReleaseSeizure(d("2025-05-06"), A.code(), "调查完毕"));
        assertThat(only(released, "seizure").metOn()).isEqualTo(d("2025-05-06"));
        assertThat(only(released, "seizure").overdue(d("2025-06-01"))).isFalse();
    }

    @Test
    @DisplayName("R13 期限届满日遇国庆顺延：2025-09-02查封，10月2日届满顺延至10月9日，10月10日超期")
    void r13_lastDayRollsOverNationalDay() {
        LocalDate day = d("2025-09-02");
        CaseRecord c = advance(ctx, lead(day, SEIZABLE, ADULT), file(day), video(day, SHA, completeRecording(day)),
                seize(day, LEAD.code(), false, SHA));
        DeadlineItem period = only(c, "seizure");
        assertThat(period.deadline().date()).isEqualTo(d("2025-10-09"));
        assertThat(period.overdue(d("2025-10-09"))).isFalse();
        assertThat(period.overdue(d("2025-10-10"))).isTrue();
    }

    @Test
    @DisplayName("R14 查封扣押须关联要素齐全的音像记录；音像证据缺要素时警告并列明缺项")
    void r14_seizureNeedsCompleteAvRecord() {
        LocalDate day = d("2025-03-03");
        CaseRecord filed = advance(ctx, lead(day, SEIZABLE, ADULT), file(day));
        RecordingMetadata noDevice = new RecordingMetadata(A.code(), A.certificate().number(), day.atTime(10, 0),
                day.atTime(10, 30), "八都镇八都街1号", null, null, null, null);
        Outcome added = attempt(ctx, filed, video(day, SHA, noDevice));
        assertThat(added.accepted()).isTrue();
        assertThat(added.warnings()).filteredOn(v -> v.rule().equals("R14")).singleElement()
                .extracting(Violation::message).asString().contains("设备", "证明对象").doesNotContain("记录人、");

        CaseRecord incomplete = added.result();
        Outcome blocked = attempt(ctx, incomplete, seize(day, LEAD.code(), false, SHA));
        assertThat(blockedBy(blocked, "R14")).isTrue();
        assertThat(blocked.blocking()).extracting(Violation::message).anyMatch(m -> m.contains("设备"));

        assertThat(blockedBy(attempt(ctx, filed, seize(day, LEAD.code(), false, null)), "R14")).isTrue();
        CaseRecord complete = advance(ctx, filed, video(day, SHA, completeRecording(day)));
        assertThat(blockedBy(attempt(ctx, complete, seize(day, LEAD.code(), false, "0000")), "R14")).as("hash not on file").isTrue();
        assertThat(attempt(ctx, complete, seize(day, LEAD.code(), false, SHA.toUpperCase())).accepted()).isTrue();

        AddEvidence photoWithHash = new AddEvidence(day, A.code(), EvidenceKind.DOCUMENTARY, "照片", "扣押", "p.jpg", "cafe", null);
        CaseRecord photo = advance(ctx, filed, photoWithHash);
        assertThat(blockedBy(attempt(ctx, photo, seize(day, LEAD.code(), false, "cafe")), "R14")).as("not audio/video").isTrue();
    }
}
