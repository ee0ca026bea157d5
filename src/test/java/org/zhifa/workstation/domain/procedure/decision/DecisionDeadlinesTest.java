package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.ExtendDecisionPeriod;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** The deadlines of this part on the real 2025/2026 calendar: 国庆 2025 and 春节 2026 with their 调休 days. */
class DecisionDeadlinesTest {

    private static Optional<DeadlineItem> item(CaseRecord c, String key) {
        return ProcedureEngine.standard().deadlines(c, context()).stream().filter(i -> i.key().equals(key)).findFirst();
    }

    private static CaseRecord filed(String filedOn) {
        return underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d(filedOn),
                conclusion(d(filedOn).plusDays(1), fine("500")));
    }

    @Test
    @DisplayName("陈述申辩期限和听证申请期限：国庆前周五告知 → 09-30 与 10-10；春节前告知 → 2026-02-25 与 02-27")
    void representationAndHearingRequestAcrossHolidays() {
        CaseRecord autumn = given(filed("2025-09-01"), CaseState.NOTICED, notice(d("2025-09-26"), fine("500"), true));
        DeadlineItem representation = item(autumn, "representation").orElseThrow();
        assertThat(representation.deadline().date()).isEqualTo(d("2025-09-30"));
        assertThat(representation.rule()).isEqualTo("R17");
        assertThat(representation.open()).isTrue();
        assertThat(item(autumn, "hearingRequest").orElseThrow().deadline().date()).isEqualTo(d("2025-10-10"));
        assertThat(item(autumn, "hearingRequest").orElseThrow().status(d("2025-10-10"))).isEqualTo("OPEN");
        assertThat(item(autumn, "hearingRequest").orElseThrow().status(d("2025-10-11"))).as("the party's window ends, never overdue").isEqualTo("ENDED");

        CaseRecord heard = given(autumn, CaseState.HEARING,
                new HearRepresentation(d("2025-09-29"), A, List.of(new RepresentationPoint("已改正", true, "属实"))),
                new RequestHearing(d("2025-10-13"), A, d("2025-10-10")));
        assertThat(item(heard, "representation").orElseThrow().metOn()).isEqualTo(d("2025-09-29"));
        DeadlineItem request = item(heard, "hearingRequest").orElseThrow();
        assertThat(request.metOn()).as("the postmark counts").isEqualTo(d("2025-10-10"));
        assertThat(request.overdue(d("2025-10-20"))).isFalse();

        // 春节 2026: 02-14 (调休), then 02-24, 02-25 → 陈述申辩 ends 02-25; 02-26, 02-27 → 听证申请 ends 02-27.
        CaseRecord spring = given(filed("2026-01-05"), CaseState.NOTICED, notice(d("2026-02-13"), fine("500"), true));
        assertThat(item(spring, "representation").orElseThrow().deadline().date()).isEqualTo(d("2026-02-25"));
        assertThat(item(spring, "hearingRequest").orElseThrow().deadline().date()).isEqualTo(d("2026-02-27"));

        CaseRecord noRight = given(filed("2025-09-01"), CaseState.NOTICED, notice(d("2025-09-26"), fine("500"), false));
        assertThat(item(noRight, "hearingRequest")).isEmpty();

        CaseRecord future = given(filed("2025-09-01"), CaseState.NOTICED, notice(d("2027-03-01"), fine("500"), false));
        DeadlineItem provisional = item(future, "representation").orElseThrow();
        assertThat(provisional.deadline().provisional()).isTrue();
        assertThat(provisional.deadline().date()).isEqualTo(d("2027-03-04"));
        assertThat(provisional.deadline().warning()).hasValueSatisfying(w -> assertThat(w).contains("2027"));
    }

    @Test
    @DisplayName("听证通知最迟日期：10-13 听证须在 09-27 前通知（含 09-28、10-11 调休）")
    void hearingNoticeLatestDay() {
        CaseRecord c = given(filed("2025-09-01"), CaseState.HEARING, notice(d("2025-09-22"), fine("500"), true),
                new RequestHearing(d("2025-09-24"), A, null),
                new ScheduleHearing(d("2025-09-26"), A, d("2025-10-13"), C, 1, true));
        DeadlineItem notice = item(c, "hearingNotice").orElseThrow();
        assertThat(notice.deadline().date()).isEqualTo(d("2025-09-27"));
        assertThat(notice.start()).isEqualTo(d("2025-09-24"));
        assertThat(notice.metOn()).isEqualTo(d("2025-09-26"));
        assertThat(notice.overdue(d("2025-10-01"))).isFalse();
        assertThat(notice.rule()).isEqualTo("R19");
    }

    @Test
    @DisplayName("法制审核期限：09-26 报送，10个工作日至 10-16；审核意见作出即完成")
    void reviewPeriod() {
        CaseRecord submitted = given(filed("2025-09-01"), CaseState.UNDER_REVIEW, submit(d("2025-09-26")));
        DeadlineItem review = item(submitted, "review").orElseThrow();
        assertThat(review.deadline().date()).isEqualTo(d("2025-10-16"));
        assertThat(review.open()).isTrue();
        CaseRecord answered = given(submitted, CaseState.UNDER_REVIEW, opinion(d("2025-10-09"), REVIEWER, ReviewConclusion.APPROVE));
        assertThat(item(answered, "review").orElseThrow().metOn()).isEqualTo(d("2025-10-09"));
    }

    @Test
    @DisplayName("R22 办案期限：07-03 立案 → 10-01 国庆顺延至 10-09；延长10日 → 10-11（调休工作日）；决定后完成")
    void r22_decisionPeriodDeadline() {
        CaseRecord c = filed("2025-07-03");
        DeadlineItem decision = item(c, "decision").orElseThrow();
        assertThat(decision.deadline().date()).isEqualTo(d("2025-10-09"));
        assertThat(decision.start()).isEqualTo(d("2025-07-03"));
        assertThat(decision.rule()).isEqualTo("R22");
        assertThat(decision.overdue(d("2025-10-09"))).isFalse();
        assertThat(decision.overdue(d("2025-10-10"))).isTrue();
        CaseRecord extended = given(c, CaseState.UNDER_REVIEW, new ExtendDecisionPeriod(d("2025-09-01"), A, 10, "《测试规章》第二十条", LEAD));
        assertThat(item(extended, "decision").orElseThrow().deadline().date()).isEqualTo(d("2025-10-11"));
        CaseRecord decided = given(c, CaseState.DECIDED, notice(d("2025-09-22"), fine("500"), false), decide(d("2025-09-30"), fine("500")));
        assertThat(item(decided, "decision").orElseThrow().metOn()).isEqualTo(d("2025-09-30"));
        assertThat(item(decided, "representation").orElseThrow().metOn()).as("the decision closes the window").isEqualTo(d("2025-09-30"));
        CaseRecord lead = ProcedureFixtures.lead(d("2025-07-01"), ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        assertThat(item(lead, "decision")).as("no period before 立案").isEmpty();
    }
}
