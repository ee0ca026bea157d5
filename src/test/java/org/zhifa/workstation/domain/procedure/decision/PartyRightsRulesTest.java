package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.DecideRecusal;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;
import org.zhifa.workstation.domain.procedure.Violation;

/** The party's rights before a decision: R17, R18, R19, R21. Dates across 国庆 2025 (10-01..10-08, 调休 09-28 and 10-11). */
class PartyRightsRulesTest {

    /** 建筑垃圾 by a company, ¥150,000 (hearing right and review): reviewed and approved, notice served Fri 2025-09-26. */
    private static CaseRecord largeNoticed() {
        CaseRecord c = underReview(ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY, d("2025-09-01"),
                conclusion(d("2025-09-19"), fine("150000")));
        return given(c, CaseState.NOTICED, submit(d("2025-09-22")),
                opinion(d("2025-09-24"), REVIEWER, ReviewConclusion.APPROVE),
                notice(d("2025-09-26"), fine("150000"), true));
    }

    private static String messages(Outcome o) {
        return String.join("\n", o.blocking().stream().map(Violation::message).toList());
    }

    @Test
    @DisplayName("R17 决定须在陈述申辩期（3个工作日）和听证申请期（5个工作日）届满后作出，书面放弃陈述申辩不等于放弃听证")
    void r17_decisionBlockedInsideEitherWindow() {
        CaseRecord c = largeNoticed();
        // 陈述申辩: 09-28 (调休), 09-29, 09-30 → last day 09-30; 听证: + 10-09, 10-10 → last day 10-10.
        Outcome inRepresentation = attempt(c, decide(d("2025-09-30"), fine("150000")));
        assertThat(rules(inRepresentation)).containsExactly("R17");
        assertThat(messages(inRepresentation)).contains("2025-09-30").contains("2025-10-10");
        Outcome inHearingWindow = attempt(c, decide(d("2025-10-10"), fine("150000")));
        assertThat(rules(inHearingWindow)).containsExactly("R17");
        assertThat(messages(inHearingWindow)).contains("2025-10-10").doesNotContain("陈述申辩期限");
        assertThat(attempt(c, decide(d("2025-10-11"), fine("150000"))).accepted()).as("10-11 is a 调休 working day, the day after").isTrue();

        CaseRecord representationWaived = given(c, CaseState.NOTICED, new WaiveRepresentation(d("2025-09-27"), A, true));
        Outcome stillHearing = attempt(representationWaived, decide(d("2025-10-09"), fine("150000")));
        assertThat(rules(stillHearing)).containsExactly("R17");
        assertThat(messages(stillHearing)).contains("放弃陈述申辩不等于放弃听证");

        CaseRecord hearingWaived = given(c, CaseState.NOTICED, new WaiveHearing(d("2025-09-27"), A, true));
        assertThat(blockedBy(attempt(hearingWaived, decide(d("2025-09-30"), fine("150000"))), "R17")).isTrue();
        assertThat(attempt(hearingWaived, decide(d("2025-10-09"), fine("150000"))).accepted()).isTrue();

        CaseRecord bothWaived = given(c, CaseState.NOTICED, new WaiveRepresentation(d("2025-09-27"), A, true),
                new WaiveHearing(d("2025-09-27"), A, true));
        assertThat(attempt(bothWaived, decide(d("2025-09-28"), fine("150000"))).accepted()).isTrue();

        Outcome oral = attempt(c, new WaiveRepresentation(d("2025-09-27"), A, false));
        assertThat(oral.accepted()).isTrue();
        assertThat(warningRules(oral)).containsExactly("R17");
        CaseRecord orallyWaived = given(c, CaseState.NOTICED, new WaiveRepresentation(d("2025-09-27"), A, false),
                new WaiveHearing(d("2025-09-27"), A, false));
        assertThat(blockedBy(attempt(orallyWaived, decide(d("2025-09-29"), fine("150000"))), "R17")).isTrue();

        CaseRecord heard = given(c, CaseState.NOTICED, new WaiveHearing(d("2025-09-27"), A, true),
                new HearRepresentation(d("2025-09-28"), A, List.of(new RepresentationPoint("已清运", true, "经现场复核属实"))));
        assertThat(attempt(heard, decide(d("2025-09-29"), fine("150000"))).accepted()).as("every point ruled ends 陈述申辩").isTrue();
    }

    @Test
    @DisplayName("R17 当事人申请听证后，听证未举行或笔录未签字不得决定；听证笔录签字或无正当理由缺席后可以决定")
    void r17_hearingRequestedNotHeldBlocks() {
        CaseRecord requested = given(largeNoticed(), CaseState.HEARING, new RequestHearing(d("2025-09-29"), A, null));
        Outcome notHeld = attempt(requested, decide(d("2025-10-20"), fine("150000")));
        assertThat(rules(notHeld)).containsExactly("R17");
        assertThat(messages(notHeld)).contains("2025-09-29");

        CaseRecord scheduled = given(requested, CaseState.HEARING, new ScheduleHearing(d("2025-09-30"), A, d("2025-10-20"), C, 1, true));
        CaseRecord unsigned = given(scheduled, CaseState.HEARING, new HoldHearing(d("2025-10-20"), A, C, false, false),
                submit(d("2025-10-21")), opinion(d("2025-10-21"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(rules(attempt(unsigned, decide(d("2025-10-22"), fine("150000"))))).containsExactly("R17");

        CaseRecord signed = given(scheduled, CaseState.HEARING, new HoldHearing(d("2025-10-20"), A, C, false, true),
                submit(d("2025-10-21")), opinion(d("2025-10-21"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(attempt(signed, decide(d("2025-10-22"), fine("150000"))).accepted()).isTrue();

        CaseRecord absent = given(scheduled, CaseState.HEARING, new HoldHearing(d("2025-10-20"), A, C, true, false));
        assertThat(attempt(absent, decide(d("2025-10-21"), fine("150000"))).accepted()).as("absence without reason = waiver").isTrue();
    }

    @Test
    @DisplayName("R18 较大数额罚款（公民1万元、组织10万元）及吊销等处罚须告知听证权利；听证申请须在告知后5个工作日内（邮寄以邮戳为准）")
    void r18_hearingRightThresholdsAndFiveWorkingDayRequest() {
        CaseRecord adult = plainUnderReview();
        assertThat(blockedBy(attempt(adult, notice(d("2025-03-11"), fine("10000.00"), false)), "R18")).isTrue();
        assertThat(attempt(adult, notice(d("2025-03-11"), fine("9999.99"), false)).accepted()).isTrue();
        assertThat(blockedBy(attempt(adult, notice(d("2025-03-11"), fine("10000.01"), false)), "R18")).isTrue();
        assertThat(attempt(adult, notice(d("2025-03-11"), fine("10000.00"), true)).accepted()).isTrue();
        assertThat(blockedBy(attempt(adult, notice(d("2025-03-11"),
                terms(Set.of(PenaltyType.CONFISCATE_ILLEGAL_GAINS), null, "10000"), false)), "R18")).isTrue();
        assertThat(blockedBy(attempt(adult, notice(d("2025-03-11"),
                terms(Set.of(PenaltyType.REVOKE_LICENSE), null, null), false)), "R18")).isTrue();
        assertThat(attempt(adult, notice(d("2025-03-11"), terms(Set.of(PenaltyType.WARNING), null, null), false)).accepted()).isTrue();

        CaseRecord company = underReview(ProcedureFixtures.LARGE_FINE_MATTER, ProcedureFixtures.COMPANY, d("2025-03-03"),
                conclusion(d("2025-03-10"), fine("100000")));
        assertThat(blockedBy(attempt(company, notice(d("2025-03-11"), fine("100000.00"), false)), "R18")).isTrue();
        assertThat(attempt(company, notice(d("2025-03-11"), fine("99999.99"), false)).accepted()).isTrue();
        assertThat(blockedBy(attempt(company, notice(d("2025-03-11"), fine("100000.01"), false)), "R18")).isTrue();

        // Notice Fri 2025-09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10 → the 5th working day is 10-10.
        CaseRecord noticed = given(underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-09-01"),
                conclusion(d("2025-09-19"), fine("500"))), CaseState.NOTICED, notice(d("2025-09-26"), fine("500"), true));
        Outcome onLastDay = attempt(noticed, new RequestHearing(d("2025-10-10"), A, null));
        assertThat(onLastDay.accepted()).isTrue();
        assertThat(onLastDay.result().state()).isEqualTo(CaseState.HEARING);
        Outcome late = attempt(noticed, new RequestHearing(d("2025-10-11"), A, null));
        assertThat(rules(late)).containsExactly("R18");
        assertThat(attempt(noticed, new RequestHearing(d("2025-10-13"), A, d("2025-10-10"))).accepted())
                .as("posted on the last day, received later").isTrue();
        assertThat(blockedBy(attempt(noticed, new RequestHearing(d("2025-10-13"), A, d("2025-10-11"))), "R18")).isTrue();

        CaseRecord noRight = given(plainUnderReview(), CaseState.NOTICED, notice(d("2025-03-11"), fine("500"), false));
        assertThat(rules(attempt(noRight, new RequestHearing(d("2025-03-12"), A, null)))).containsExactly("R18");
    }

    @Test
    @DisplayName("R19 听证通知须在听证7个工作日前送达，主持人不得为调查人员、回避申请须先决定，代理人不超过2人，无正当理由缺席视为放弃")
    void r19_hearingNoticePresiderAgentsAndRecusal() {
        CaseRecord c = given(underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-09-01"),
                conclusion(d("2025-09-15"), fine("500"))), CaseState.NOTICED, notice(d("2025-09-22"), fine("500"), true));
        c = given(c, CaseState.HEARING, new RequestHearing(d("2025-09-24"), A, null));
        // Hearing Mon 10-13: 10-13, 10-11 (调休), 10-10, 10-09, 09-30, 09-29, 09-28 (调休) are the 7 working days → notice by 09-27.
        assertThat(attempt(c, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), C, 2, true)).accepted()).isTrue();
        assertThat(attempt(c, new ScheduleHearing(d("2025-09-27"), A, d("2025-10-13"), C, 2, true)).accepted()).isTrue();
        Outcome late = attempt(c, new ScheduleHearing(d("2025-09-28"), A, d("2025-10-13"), C, 2, true));
        assertThat(rules(late)).containsExactly("R19");
        assertThat(late.blocking().getFirst().message()).contains("2025-09-27");
        assertThat(rules(attempt(c, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-11"), C, 2, true)))).containsExactly("R19");
        assertThat(rules(attempt(c, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), B, 1, true))))
                .as("B made the 笔录").containsExactly("R19");
        assertThat(rules(attempt(c, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), A, 1, true))))
                .as("A is a 承办人").containsExactly("R19");
        assertThat(rules(attempt(c, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), C, 3, true)))).containsExactly("R19");

        CaseRecord scheduled = given(c, CaseState.HEARING, new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), C, 1, true));
        assertThat(rules(attempt(scheduled, new HoldHearing(d("2025-10-10"), A, C, false, true)))).containsExactly("R19");
        CaseRecord recusal = given(scheduled, CaseState.HEARING, new ApplyRecusal(d("2025-10-09"), A, C, "当事人", "与主持人有利害关系"));
        Outcome pending = attempt(recusal, new HoldHearing(d("2025-10-13"), A, C, false, true));
        assertThat(rules(pending)).containsExactly("R19");
        assertThat(pending.blocking().getFirst().message()).contains("回避");
        CaseRecord refused = given(recusal, CaseState.HEARING, new DecideRecusal(d("2025-10-10"), LEAD, C, LEAD, false));
        assertThat(attempt(refused, new HoldHearing(d("2025-10-13"), A, C, false, true)).accepted()).isTrue();
        CaseRecord granted = given(recusal, CaseState.HEARING, new DecideRecusal(d("2025-10-10"), LEAD, C, LEAD, true));
        assertThat(rules(attempt(granted, new HoldHearing(d("2025-10-13"), A, C, false, true)))).containsExactly("R19");

        Outcome absent = attempt(scheduled, new HoldHearing(d("2025-10-13"), A, C, true, false));
        assertThat(absent.accepted()).isTrue();
        assertThat(absent.warnings()).isEmpty();
        Outcome unsigned = attempt(scheduled, new HoldHearing(d("2025-10-13"), A, C, false, false));
        assertThat(unsigned.accepted()).isTrue();
        assertThat(warningRules(unsigned)).containsExactly("R19");
    }

    @Test
    @DisplayName("R21 陈述申辩每一项意见须载明是否采纳及理由")
    void r21_everyRepresentationPointRuledWithReason() {
        CaseRecord c = given(plainUnderReview(), CaseState.NOTICED, notice(d("2025-03-11"), fine("500"), false));
        assertThat(rules(attempt(c, new HearRepresentation(d("2025-03-12"), A, List.of())))).containsExactly("R21");
        Outcome unruled = attempt(c, new HearRepresentation(d("2025-03-12"), A, List.of(
                new RepresentationPoint("已改正", true, "经复查属实"), new RepresentationPoint("家庭困难", null, "无证据"))));
        assertThat(rules(unruled)).containsExactly("R21");
        assertThat(unruled.blocking().getFirst().message()).contains("第2项");
        assertThat(rules(attempt(c, new HearRepresentation(d("2025-03-12"), A, List.of(
                new RepresentationPoint("已改正", false, " ")))))).containsExactly("R21");
        Outcome ok = attempt(c, new HearRepresentation(d("2025-03-12"), A, List.of(
                new RepresentationPoint("已改正", true, "经复查属实"), new RepresentationPoint("家庭困难", false, "不属于法定从轻情节"))));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.result().state()).isEqualTo(CaseState.NOTICED);
        assertThat(attempt(ok.result(), decide(d("2025-03-13"), fine("500"))).accepted())
                .as("every point ruled: no need to wait for the window").isTrue();
    }
}
