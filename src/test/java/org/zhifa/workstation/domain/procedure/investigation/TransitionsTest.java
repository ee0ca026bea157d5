package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LARGE_FINE_MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.LEAD;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.blockedBy;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.lead;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.advance;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.attempt;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.context;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.correction;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.file;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.investigating;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.penalty;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.photo;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.PledgeSigned;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ResumeCase;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SuspendCase;
import org.zhifa.workstation.domain.cases.action.TerminateCase;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Step;

/** The investigation part of the state machine: each step's next state, and wrong states refused with PROC. */
class TransitionsTest {
    private static final LocalDate DAY = d("2025-06-03");
    private static final LocalDate NEXT = d("2025-06-04");
    private final RuleContext ctx = context();

    private CaseRecord underReview() {
        return advance(ctx, investigating(DAY), penalty(NEXT, new BigDecimal("60000")));
    }

    private static Transfer transfer(LocalDate on) {
        return new Transfer(on, A.code(), TransferTarget.COMPETENT_BODY, "龙泉市市场监督管理局", "不属本机关管辖", LEAD.code());
    }

    @Test
    @DisplayName("登记、立案、不予立案、移送的状态转换")
    void filingBranches() {
        CaseRecord c = lead(DAY, MATTER, ADULT);
        CaseRecord registered = advance(ctx, c, new Register(DAY, A.code()));
        assertThat(registered.state()).isEqualTo(CaseState.LEAD);
        assertThat(blockedBy(attempt(ctx, registered, new Register(DAY, A.code())), "PROC")).as("only once").isTrue();

        CaseRecord filed = advance(ctx, registered, file(DAY));
        assertThat(filed.state()).isEqualTo(CaseState.FILED);
        assertThat(filed.filedOn()).isEqualTo(DAY);
        assertThat(blockedBy(attempt(ctx, filed, file(NEXT)), "PROC")).isTrue();

        assertThat(advance(ctx, c, new DeclineFiling(DAY, A.code(), LEAD.code(), "不构成违法")).state()).isEqualTo(CaseState.NOT_FILED);

        for (CaseRecord from : List.of(c, filed, investigating(DAY), underReview())) {
            assertThat(advance(ctx, from, transfer(NEXT)).state()).as("from %s", from.state()).isEqualTo(CaseState.TRANSFERRED);
        }
        CaseRecord notFiled = advance(ctx, c, new DeclineFiling(DAY, A.code(), LEAD.code(), "不构成违法"));
        assertThat(blockedBy(attempt(ctx, notFiled, transfer(NEXT)), "PROC")).isTrue();
        assertThat(blockedBy(attempt(ctx, c, new Transfer(NEXT, A.code(), null, " ", "不属本机关管辖", LEAD.code())), "PROC")).isTrue();
    }

    @Test
    @DisplayName("告知承诺：签署后仍为线索；复查已整改→不予处罚，期满未整改→仍为线索且须立案")
    void pledgeTrack() {
        CaseRecord c = advance(ctx, lead(DAY, MATTER, ADULT), new PledgeSigned(DAY, A.code(), d("2025-06-10")));
        assertThat(c.state()).isEqualTo(CaseState.LEAD);
        assertThat(blockedBy(attempt(ctx, c, new PledgeSigned(DAY, A.code(), d("2025-06-12"))), "PROC")).isTrue();

        PledgeVerified corrected = new PledgeVerified(d("2025-06-09"), A.code(), true, InvestigationFixtures.codes(A, B));
        assertThat(advance(ctx, c, corrected).state()).isEqualTo(CaseState.NO_PENALTY);

        PledgeVerified tooEarly = new PledgeVerified(d("2025-06-10"), A.code(), false, InvestigationFixtures.codes(A, B));
        assertThat(blockedBy(attempt(ctx, c, tooEarly), "PROC")).isTrue();
        PledgeVerified failed = new PledgeVerified(d("2025-06-11"), A.code(), false, InvestigationFixtures.codes(A, B));
        CaseRecord notCorrected = advance(ctx, c, failed);
        assertThat(notCorrected.state()).isEqualTo(CaseState.LEAD);
        assertThat(advance(ctx, notCorrected, file(d("2025-06-11"))).state()).isEqualTo(CaseState.FILED);
    }

    @Test
    @DisplayName("调查取证各步骤：立案后进入调查，线索阶段的证据与责令改正仍为线索，审查中补充证据状态不变")
    void investigativeSteps() {
        CaseRecord c = lead(DAY, MATTER, ADULT);
        assertThat(advance(ctx, c, photo(DAY)).state()).isEqualTo(CaseState.LEAD);
        assertThat(advance(ctx, c, correction(DAY, d("2025-06-10"))).state()).isEqualTo(CaseState.LEAD);

        CaseRecord filed = advance(ctx, c, file(DAY));
        assertThat(advance(ctx, filed, record(NEXT, A, B)).state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(advance(ctx, filed, photo(NEXT)).state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(advance(ctx, filed, correction(NEXT, d("2025-06-10"))).state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(blockedBy(attempt(ctx, filed, penalty(NEXT, new BigDecimal("300"))), "PROC"))
                .as("conclusion only from INVESTIGATING").isTrue();

        CaseRecord review = underReview();
        assertThat(review.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(advance(ctx, review, photo(NEXT)).state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(advance(ctx, review, new ApplyRecusal(NEXT, A.code(), B.code(), "徐建国", "亲属")).state())
                .isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(blockedBy(attempt(ctx, review, record(NEXT, A, B)), "PROC")).isTrue();
    }

    @Test
    @DisplayName("撤案、中止、恢复（回到中止前状态）、终止")
    void withdrawSuspendResumeTerminate() {
        CaseRecord review = underReview();
        assertThat(blockedBy(attempt(ctx, review, new WithdrawCase(NEXT, A.code(), A.code(), "违法事实不存在")), "PROC")).isTrue();
        assertThat(advance(ctx, review, new WithdrawCase(NEXT, A.code(), LEAD.code(), "违法事实不存在")).state())
                .isEqualTo(CaseState.WITHDRAWN);
        assertThat(blockedBy(attempt(ctx, lead(DAY, MATTER, ADULT), new WithdrawCase(DAY, A.code(), LEAD.code(), "x")), "PROC")).isTrue();

        for (CaseRecord before : List.of(advance(ctx, lead(DAY, MATTER, ADULT), file(DAY)), investigating(DAY), review)) {
            CaseRecord suspended = advance(ctx, before, new SuspendCase(NEXT, A.code(), "当事人下落不明"));
            assertThat(suspended.state()).isEqualTo(CaseState.SUSPENDED);
            assertThat(advance(ctx, suspended, new ResumeCase(d("2025-06-20"), A.code())).state())
                    .as("resumed from %s", before.state()).isEqualTo(before.state());
        }
        CaseRecord suspended = advance(ctx, review, new SuspendCase(NEXT, A.code(), "当事人下落不明"));
        assertThat(blockedBy(attempt(ctx, suspended, new SuspendCase(NEXT, A.code(), "x")), "PROC")).isTrue();
        assertThat(blockedBy(attempt(ctx, suspended, new TerminateCase(NEXT, A.code(), LEAD.code(), " ")), "PROC")).isTrue();
        assertThat(advance(ctx, suspended, new TerminateCase(NEXT, A.code(), LEAD.code(), "当事人死亡")).state())
                .isEqualTo(CaseState.TERMINATED);
        assertThat(blockedBy(attempt(ctx, review, new TerminateCase(NEXT, A.code(), LEAD.code(), "当事人死亡")), "PROC")).isTrue();
        assertThat(blockedBy(attempt(ctx, review, new ResumeCase(NEXT, A.code())), "PROC")).isTrue();
    }

    @Test
    @DisplayName("恢复：中止前已送达告知书或申请听证的，回到告知或听证状态；补正意见后回到调查")
    void resumeAfterLaterMilestones() {
        CaseRecord review = underReview();
        CaseRecord noticed = review.with(new ServeNotice(d("2025-06-05"), A.code(), null, true, null), CaseState.NOTICED);
        assertThat(ResumedStep.stateBeforeSuspension(noticed.with(new SuspendCase(d("2025-06-06"), A.code(), "x"), CaseState.SUSPENDED)))
                .isEqualTo(CaseState.NOTICED);
        CaseRecord hearing = noticed.with(new RequestHearing(d("2025-06-06"), A.code(), null), CaseState.HEARING);
        assertThat(ResumedStep.stateBeforeSuspension(hearing)).isEqualTo(CaseState.HEARING);
        CaseRecord supplement = review.with(new RecordReviewOpinion(d("2025-06-05"), A.code(), "O12",
                ReviewConclusion.SUPPLEMENT, List.of("补充询问笔录"), null), CaseState.INVESTIGATING);
        assertThat(ResumedStep.stateBeforeSuspension(supplement)).isEqualTo(CaseState.INVESTIGATING);
    }

    @Test
    @DisplayName("登记表：21个调查步骤全部注册；线索阶段不提供制作笔录")
    void registryAndOffers() {
        Set<ActionType> types = InvestigationSteps.steps().stream().map(Step::type).collect(Collectors.toSet());
        assertThat(types).isEqualTo(EnumSet.of(ActionType.REGISTER, ActionType.FILE, ActionType.DECLINE_FILING,
                ActionType.TRANSFER, ActionType.PLEDGE_SIGNED, ActionType.PLEDGE_VERIFIED, ActionType.RECORD,
                ActionType.RECUSAL_APPLIED, ActionType.RECUSAL_DECIDED, ActionType.EVIDENCE_ADDED,
                ActionType.PRESERVATION_ORDERED, ActionType.PRESERVATION_DECIDED, ActionType.SEIZURE_ORDERED,
                ActionType.SEIZURE_EXTENDED, ActionType.SEIZURE_RELEASED, ActionType.CORRECTION_ORDERED,
                ActionType.INVESTIGATION_CONCLUDED, ActionType.WITHDRAWN, ActionType.SUSPENDED, ActionType.RESUMED,
                ActionType.TERMINATED));
        assertThat(InvestigationSteps.deadlineRules()).hasSize(5);

        List<ActionType> offered = ProcedureEngine.standard().nextSteps(lead(DAY, MATTER, ADULT), DAY, ctx).stream()
                .map(NextStep::type).toList();
        assertThat(offered).contains(ActionType.REGISTER, ActionType.FILE, ActionType.DECLINE_FILING, ActionType.PLEDGE_SIGNED)
                .doesNotContain(ActionType.RECORD, ActionType.PLEDGE_VERIFIED, ActionType.PRESERVATION_DECIDED);
    }

    @Test
    @DisplayName("整段办案记录经 replay 重放通过同样的关卡")
    void replayOfAWholeInvestigation() {
        List<CaseAction> history = List.of(new Register(DAY, A.code()), file(DAY), record(NEXT, A, B),
                penalty(d("2025-06-05"), new BigDecimal("60000")));
        Outcome o = ProcedureEngine.standard().replay(lead(DAY, LARGE_FINE_MATTER, ADULT), history, ctx);
        assertThat(o.accepted()).isTrue();
        assertThat(o.result().state()).isEqualTo(CaseState.UNDER_REVIEW);

        List<CaseAction> reversed = List.of(record(DAY, A, B), file(DAY));
        Outcome bad = ProcedureEngine.standard().replay(lead(DAY, LARGE_FINE_MATTER, ADULT), reversed, ctx);
        assertThat(blockedBy(bad, "R4")).isTrue();
    }
}
