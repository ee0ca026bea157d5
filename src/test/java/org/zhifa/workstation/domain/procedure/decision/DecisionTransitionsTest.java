package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ExcludePeriod;
import org.zhifa.workstation.domain.cases.action.ExtendDecisionPeriod;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** The state machine of the review, notice, hearing and decision steps (domain.md §1). */
class DecisionTransitionsTest {

    private static CaseState after(CaseRecord c, CaseAction a) {
        Outcome o = attempt(c, a);
        assertThat(o.blocking()).as("%s on %s", a.type(), a.date()).isEmpty();
        return o.result().state();
    }

    private static void wrongState(CaseRecord c, CaseAction a) {
        Outcome o = attempt(c, a);
        assertThat(o.accepted()).isFalse();
        assertThat(rules(o)).containsExactly("PROC");
        assertThat(o.result()).isSameAs(c);
    }

    private static CaseRecord noticed() {
        return given(plainUnderReview(), CaseState.NOTICED, notice(d("2025-03-11"), fine("500"), true));
    }

    private static CaseRecord inHearing() {
        return given(noticed(), CaseState.HEARING, new RequestHearing(d("2025-03-12"), A, null));
    }

    @Test
    @DisplayName("每个步骤都登记在程序引擎中")
    void everyStepIsRegistered() {
        ProcedureEngine engine = ProcedureEngine.standard();
        for (ActionType t : List.of(ActionType.REVIEW_SUBMITTED, ActionType.REVIEW_OPINION, ActionType.DELIBERATED,
                ActionType.NOTICE_SERVED, ActionType.REPRESENTATION_HEARD, ActionType.REPRESENTATION_WAIVED,
                ActionType.HEARING_REQUESTED, ActionType.HEARING_WAIVED, ActionType.HEARING_SCHEDULED,
                ActionType.HEARING_HELD, ActionType.DECISION_PERIOD_EXTENDED, ActionType.PERIOD_EXCLUDED,
                ActionType.DECIDED, ActionType.NO_PENALTY_DECIDED)) {
            assertThat(engine.supports(t)).as(t.name()).isTrue();
        }
        assertThat(engine.statesFor(ActionType.DECIDED)).containsExactlyInAnyOrder(CaseState.NOTICED, CaseState.HEARING);
        assertThat(engine.statesFor(ActionType.NO_PENALTY_DECIDED))
                .containsExactlyInAnyOrder(CaseState.UNDER_REVIEW, CaseState.NOTICED, CaseState.HEARING);
    }

    @Test
    @DisplayName("法制审核：报送和同意不改变状态，补正、不同意退回调查")
    void reviewSteps() {
        CaseRecord c = plainUnderReview();
        assertThat(after(c, submit(d("2025-03-10")))).isEqualTo(CaseState.UNDER_REVIEW);
        CaseRecord submitted = given(c, CaseState.UNDER_REVIEW, submit(d("2025-03-10")));
        assertThat(after(submitted, opinion(d("2025-03-11"), REVIEWER, ReviewConclusion.APPROVE))).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(after(submitted, opinion(d("2025-03-11"), REVIEWER, ReviewConclusion.SUPPLEMENT))).isEqualTo(CaseState.INVESTIGATING);
        CaseRecord noticedSubmitted = given(noticed(), CaseState.NOTICED, submit(d("2025-03-12")));
        assertThat(after(noticedSubmitted, opinion(d("2025-03-13"), REVIEWER, ReviewConclusion.REJECT))).isEqualTo(CaseState.INVESTIGATING);
        CaseRecord investigating = given(c, CaseState.INVESTIGATING, record(d("2025-03-10")));
        wrongState(investigating, submit(d("2025-03-11")));
    }

    @Test
    @DisplayName("集体讨论不改变状态；调查中不能集体讨论")
    void deliberationStep() {
        assertThat(after(plainUnderReview(), deliberation(d("2025-03-11"), true))).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(after(inHearing(), deliberation(d("2025-03-13"), true))).isEqualTo(CaseState.HEARING);
        wrongState(given(plainUnderReview(), CaseState.INVESTIGATING, record(d("2025-03-10"))), deliberation(d("2025-03-11"), true));
    }

    @Test
    @DisplayName("送达告知书：审查中 → 已告知；调查中、已决定不能送达")
    void noticeStep() {
        assertThat(after(plainUnderReview(), notice(d("2025-03-11"), fine("500"), false))).isEqualTo(CaseState.NOTICED);
        assertThat(after(noticed(), notice(d("2025-03-12"), fine("400"), false))).isEqualTo(CaseState.NOTICED);
        wrongState(given(plainUnderReview(), CaseState.INVESTIGATING, record(d("2025-03-10"))), notice(d("2025-03-11"), fine("500"), false));
        wrongState(given(noticed(), CaseState.DECIDED, decide(d("2025-03-19"), fine("500"))), notice(d("2025-03-20"), fine("500"), false));
    }

    @Test
    @DisplayName("陈述申辩、放弃、听证申请：已告知 → 已告知 / 听证")
    void representationAndHearingRequestSteps() {
        CaseRecord c = noticed();
        assertThat(after(c, new HearRepresentation(d("2025-03-12"), A,
                List.of(new RepresentationPoint("已改正", true, "经复查属实"))))).isEqualTo(CaseState.NOTICED);
        assertThat(after(c, new WaiveRepresentation(d("2025-03-12"), A, true))).isEqualTo(CaseState.NOTICED);
        assertThat(after(c, new WaiveHearing(d("2025-03-12"), A, true))).isEqualTo(CaseState.NOTICED);
        assertThat(after(c, new RequestHearing(d("2025-03-12"), A, null))).isEqualTo(CaseState.HEARING);
        CaseRecord review = plainUnderReview();
        wrongState(review, new RequestHearing(d("2025-03-12"), A, null));
        wrongState(review, new WaiveRepresentation(d("2025-03-12"), A, true));
        wrongState(inHearing(), new HearRepresentation(d("2025-03-13"), A,
                List.of(new RepresentationPoint("已改正", true, "经复查属实"))));
    }

    @Test
    @DisplayName("听证通知、举行听证：听证 → 听证；未申请听证不能举行")
    void hearingSteps() {
        CaseRecord c = inHearing();
        ScheduleHearing schedule = new ScheduleHearing(d("2025-03-13"), A, d("2025-03-24"), C, 1, true);
        assertThat(after(c, schedule)).isEqualTo(CaseState.HEARING);
        CaseRecord scheduled = given(c, CaseState.HEARING, schedule);
        assertThat(after(scheduled, new HoldHearing(d("2025-03-24"), A, C, false, true))).isEqualTo(CaseState.HEARING);
        wrongState(noticed(), new HoldHearing(d("2025-03-24"), A, C, false, true));
        wrongState(noticed(), schedule);
    }

    @Test
    @DisplayName("延长、扣除办案期限：立案后至听证各状态不变；已决定不能延长")
    void periodSteps() {
        CaseRecord filed = given(ProcedureFixtures.lead(d("2025-03-03"),
                ProcedureFixtures.MATTER,
                ProcedureFixtures.ADULT), CaseState.FILED, file(d("2025-03-03")));
        ExtendDecisionPeriod extend = new ExtendDecisionPeriod(d("2025-03-05"), A, 30, "《测试规章》第十条", LEAD);
        ExcludePeriod exclude = new ExcludePeriod(d("2025-03-20"), A, d("2025-03-05"), d("2025-03-15"), "鉴定", "《测试规章》第十一条");
        assertThat(after(filed, extend)).isEqualTo(CaseState.FILED);
        assertThat(after(filed, exclude)).isEqualTo(CaseState.FILED);
        assertThat(after(inHearing(), new ExtendDecisionPeriod(d("2025-03-13"), A, 30, "《测试规章》第十条", LEAD)))
                .isEqualTo(CaseState.HEARING);
        wrongState(given(noticed(), CaseState.DECIDED, decide(d("2025-03-19"), fine("500"))), new ExtendDecisionPeriod(d("2025-03-20"), A, 30, "《测试规章》第十条", LEAD));
    }

    @Test
    @DisplayName("决定：已告知或听证 → 已决定；不予处罚：审查中 → 不予处罚；审查中不能作出处罚决定")
    void decisionSteps() {
        CaseRecord c = noticed();
        CaseRecord waived = given(c, CaseState.NOTICED, new WaiveRepresentation(d("2025-03-12"), A, true),
                new WaiveHearing(d("2025-03-12"), A, true));
        assertThat(after(waived, decide(d("2025-03-13"), fine("500")))).isEqualTo(CaseState.DECIDED);
        CaseRecord held = given(inHearing(), CaseState.HEARING,
                new ScheduleHearing(d("2025-03-13"), A, d("2025-03-24"), C, 1, true),
                new HoldHearing(d("2025-03-24"), A, C, false, true),
                submit(d("2025-03-25")), opinion(d("2025-03-26"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(after(held, decide(d("2025-03-27"), fine("500")))).isEqualTo(CaseState.DECIDED);
        assertThat(after(plainUnderReview(), noPenalty(d("2025-03-11"), NoPenaltyGround.FACTS_NOT_ESTABLISHED, "证据不足", false)))
                .isEqualTo(CaseState.NO_PENALTY);
        wrongState(plainUnderReview(), decide(d("2025-03-20"), fine("500")));
        wrongState(given(c, CaseState.DECIDED, decide(d("2025-03-19"), fine("500"))), noPenalty(d("2025-03-20"), NoPenaltyGround.NO_FAULT, "无过错", true));
    }

    @Test
    @DisplayName("全流程：报送审核 → 同意 → 集体讨论 → 告知 → 陈述申辩 → 决定，决定日期与罚款写入案件")
    void wholePathThroughTheEngine() {
        CaseRecord c = advance(plainUnderReview(),
                submit(d("2025-03-10")),
                opinion(d("2025-03-11"), REVIEWER, ReviewConclusion.APPROVE),
                deliberation(d("2025-03-11"), true),
                notice(d("2025-03-12"), fine("500"), false),
                new HearRepresentation(d("2025-03-13"), A, List.of(new RepresentationPoint("初次违法", false, "已在一般档内考虑"))),
                decide(d("2025-03-14"), fine("500")));
        assertThat(c.state()).isEqualTo(CaseState.DECIDED);
        assertThat(c.decidedOn()).isEqualTo(d("2025-03-14"));
        assertThat(c.fineAmount()).isEqualByComparingTo(new BigDecimal("500"));
    }

    @Test
    @DisplayName("三部分衔接：立案、笔录、调查终结 → 审核、告知、听证、再审核 → 决定 → 送达，全部经程序引擎")
    void wholeGeneralProcedureAcrossParts() {
        CaseRecord c = advance(ProcedureFixtures.lead(d("2025-09-01"),
                        ProcedureFixtures.LARGE_FINE_MATTER,
                        ProcedureFixtures.COMPANY),
                file(d("2025-09-01")),
                record(d("2025-09-02")),
                conclusion(d("2025-09-19"), fine("150000")),
                submit(d("2025-09-22")),
                opinion(d("2025-09-24"), REVIEWER, ReviewConclusion.APPROVE),
                notice(d("2025-09-26"), fine("150000"), true),
                new RequestHearing(d("2025-09-29"), A, null),
                new ScheduleHearing(d("2025-09-30"), A, d("2025-10-20"), C, 2, true),
                new HoldHearing(d("2025-10-20"), A, C, false, true),
                submit(d("2025-10-21")),
                opinion(d("2025-10-21"), REVIEWER, ReviewConclusion.APPROVE),
                decide(d("2025-10-22"), fine("150000")),
                new ServeDecision(d("2025-10-22"), A,
                        ServiceMethod.PERSONAL, "王某", false, false, 0));
        assertThat(c.state()).isEqualTo(CaseState.SERVED);
        assertThat(c.filedOn()).isEqualTo(d("2025-09-01"));
        assertThat(c.decidedOn()).isEqualTo(d("2025-10-22"));
        assertThat(ProcedureEngine.standard().deadlines(c, context()))
                .filteredOn(i -> i.key().equals("decision")).singleElement()
                .satisfies(i -> assertThat(i.metOn()).isEqualTo(d("2025-10-22")));
    }

    @Test
    @DisplayName("下一步：已告知的案件可听证步骤仅在告知听证权利时提供，决定在期限内显示阻断原因")
    void nextStepsOffered() {
        CaseRecord withoutRight = given(plainUnderReview(), CaseState.NOTICED, notice(d("2025-03-11"), fine("500"), false));
        List<NextStep> steps = ProcedureEngine.standard().nextSteps(withoutRight, d("2025-03-12"), context());
        assertThat(steps).extracting(NextStep::type).doesNotContain(ActionType.HEARING_REQUESTED, ActionType.HEARING_WAIVED)
                .contains(ActionType.DECIDED, ActionType.REPRESENTATION_HEARD);
        NextStep decide = steps.stream().filter(s -> s.type() == ActionType.DECIDED).findFirst().orElseThrow();
        assertThat(decide.allowed()).isFalse();
        assertThat(decide.blocking()).extracting(v -> v.rule()).containsExactly("R17");
        assertThat(ProcedureEngine.standard().nextSteps(noticed(), d("2025-03-12"), context()))
                .extracting(NextStep::type).contains(ActionType.HEARING_REQUESTED, ActionType.HEARING_WAIVED);
    }
}
