package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.AUXILIARY;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.C;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.EXPIRED;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LARGE_FINE_MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LEAD;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.REVOKED;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.SUSPENDED;
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
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.investigating;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.matter;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.penalty;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.photo;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.record;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.video;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.DecideRecusal;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.PledgeSigned;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.cases.action.PreserveEvidence;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;

/** Who may act in the investigation: R1 two certified officers, R2 certificates shown, R3 回避, R4 no record before 立案. */
class OfficerRulesTest {
    private static final LocalDate FILED = d("2025-06-03");
    private final RuleContext ctx = context();

    private CaseRecord filed() {
        return advance(ctx, lead(FILED, MATTER, ADULT), file(FILED));
    }

    @Test
    @DisplayName("R1 笔录须两名以上持有效执法证人员：一人、协管员、暂扣、注销的证件均阻止")
    void r1_recordNeedsTwoCertifiedOfficers() {
        CaseRecord c = filed();
        LocalDate day = d("2025-06-04");
        assertThat(blockedBy(attempt(ctx, c, record(day, A)), "R1")).isTrue();
        assertThat(blockedBy(attempt(ctx, c, record(day, A, AUXILIARY)), "R1")).as("auxiliaries never count").isTrue();
        Outcome suspended = attempt(ctx, c, record(day, A, SUSPENDED));
        assertThat(blockedBy(suspended, "R1")).isTrue();
        assertThat(suspended.blocking()).extracting(Violation::message).anyMatch(m -> m.contains(SUSPENDED.name()));
        assertThat(blockedBy(attempt(ctx, c, record(day, A, B, REVOKED)), "R1"))
                .as("a revoked certificate blocks even beside two valid ones").isTrue();
        assertThat(attempt(ctx, c, record(day, A, B)).accepted()).isTrue();
        assertThat(attempt(ctx, c, record(day, A, B, AUXILIARY)).accepted()).as("auxiliaries may help").isTrue();
    }

    @Test
    @DisplayName("R1 执法证有效期至2025-06-30：当日可计入，次日阻止")
    void r1_expiredCertificateBoundary() {
        CaseRecord c = advance(ctx, lead(d("2025-06-30"), MATTER, ADULT), file(d("2025-06-30")));
        assertThat(attempt(ctx, c, record(d("2025-06-30"), A, EXPIRED)).accepted()).isTrue();
        assertThat(blockedBy(attempt(ctx, c, record(d("2025-07-01"), A, EXPIRED)), "R1")).isTrue();
    }

    @Test
    @DisplayName("R1 立案承办人、先行登记保存、查封扣押、承诺复查同样须两名持证人员；事项豁免时一名即可")
    void r1_everyInvestigativeActAndTheExemption() {
        LocalDate day = d("2025-06-04");
        assertThat(blockedBy(attempt(ctx, lead(FILED, MATTER, ADULT),
                new FileCase(FILED, A.code(), LEAD.code(), codes(A, AUXILIARY), null)), "R1")).isTrue();

        CaseRecord c = filed();
        assertThat(blockedBy(attempt(ctx, c, new PreserveEvidence(day, A.code(), LEAD.code(), codes(A), "货架2个")), "R1")).isTrue();

        CatalogMatter seizable = matter("SZ-001", PowerSource.DELEGATION, true, false, "BADU", null);
        RuleContext sctx = context(seizable);
        CaseRecord s = advance(sctx, lead(FILED, seizable, ADULT), file(FILED), video(day, SHA, completeRecording(day)));
        assertThat(blockedBy(attempt(sctx, s, new Seize(day, A.code(), LEAD.code(), false, codes(A, SUSPENDED), "货架", SHA)), "R1")).isTrue();

        CaseRecord pledged = advance(ctx, lead(FILED, MATTER, ADULT), new PledgeSigned(FILED, A.code(), d("2025-06-10")));
        assertThat(blockedBy(attempt(ctx, pledged, new PledgeVerified(d("2025-06-11"), A.code(), true, codes(A))), "R1")).isTrue();
        assertThat(attempt(ctx, pledged, new PledgeVerified(d("2025-06-11"), A.code(), true, codes(A, B))).accepted()).isTrue();

        CatalogMatter exempt = matter("EX-001", PowerSource.DELEGATION, false, true, "BADU", null);
        RuleContext ectx = context(exempt);
        CaseRecord e = advance(ectx, lead(FILED, exempt, ADULT), new FileCase(FILED, A.code(), LEAD.code(), codes(A), null));
        assertThat(attempt(ectx, e, record(day, A)).accepted()).isTrue();
        assertThat(blockedBy(attempt(ectx, e, record(day, AUXILIARY)), "R1")).as("still one certified officer").isTrue();
    }

    @Test
    @DisplayName("R2 笔录未记载出示执法证件 → 阻止")
    void r2_recordMustShowCertificates() {
        CaseRecord c = filed();
        Outcome hidden = attempt(ctx, c, record(d("2025-06-04"), false, A, B));
        assertThat(blockedBy(hidden, "R2")).isTrue();
        assertThat(attempt(ctx, c, record(d("2025-06-04"), true, A, B)).accepted()).isTrue();
    }

    @Test
    @DisplayName("R3 回避：申请待决时被申请人不能参与、他人可继续调查；须负责人决定；决定回避后不得参与；未决不能调查终结")
    void r3_recusedOfficerCannotAct() {
        CaseRecord c = investigating(FILED);
        RuleContext lctx = context(LARGE_FINE_MATTER);
        c = advance(lctx, c, new ApplyRecusal(d("2025-06-04"), A.code(), B.code(), "徐建国", "承办人与当事人系亲属"));
        LocalDate day = d("2025-06-05");

        assertThat(blockedBy(attempt(lctx, c, record(day, A, B)), "R3")).as("pending: the officer waits").isTrue();
        assertThat(attempt(lctx, c, record(day, A, C)).accepted()).as("others go on").isTrue();
        AddEvidence byB = new AddEvidence(day, B.code(), org.zhifa.workstation.domain.cases.EvidenceKind.DOCUMENTARY,
                "照片", "事实", "x.jpg", "bb", null);
        assertThat(blockedBy(attempt(lctx, c, byB), "R3")).isTrue();
        assertThat(blockedBy(attempt(lctx, c, penalty(day, new BigDecimal("60000"))), "R3"))
                .as("every application needs a decision before the conclusion").isTrue();

        assertThat(blockedBy(attempt(lctx, c, new DecideRecusal(day, A.code(), B.code(), A.code(), true)), "R3"))
                .as("decided by the 负责人 only").isTrue();

        CaseRecord granted = advance(lctx, c, new DecideRecusal(day, LEAD.code(), B.code(), LEAD.code(), true));
        assertThat(blockedBy(attempt(lctx, granted, record(day, A, B)), "R3")).isTrue();
        assertThat(attempt(lctx, granted, record(day, A, C)).accepted()).isTrue();
        assertThat(attempt(lctx, granted, penalty(day, new BigDecimal("60000"))).accepted()).isTrue();

        CaseRecord refused = advance(lctx, c, new DecideRecusal(day, LEAD.code(), B.code(), LEAD.code(), false));
        assertThat(attempt(lctx, refused, record(day, A, B)).accepted()).isTrue();
    }

    @Test
    @DisplayName("R4 立案前制作笔录属程序倒置：线索阶段的笔录、开始时间早于立案日的笔录均阻止")
    void r4_noRecordBeforeFiling() {
        CaseRecord c = lead(FILED, MATTER, ADULT);
        Outcome inLead = attempt(ctx, c, record(FILED, A, B));
        assertThat(blockedBy(inLead, "R4")).isTrue();
        assertThat(inLead.result().state()).isEqualTo(CaseState.LEAD);

        CaseRecord f = advance(ctx, lead(d("2025-06-02"), MATTER, ADULT), file(FILED));
        MakeRecord startedEarlier = new MakeRecord(FILED, A.code(), RecordKind.INQUIRY, codes(A, B), B.code(),
                d("2025-06-02").atTime(16, 0), d("2025-06-02").atTime(16, 30), "八都镇", true, true, "徐建国", "询问");
        assertThat(blockedBy(attempt(ctx, f, startedEarlier), "R4")).isTrue();
        assertThat(attempt(ctx, f, photo(FILED)).accepted()).as("evidence may be gathered while checking a lead").isTrue();
    }
}
