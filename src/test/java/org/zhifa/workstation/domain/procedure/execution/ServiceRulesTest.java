package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.RuleContext;

/** Service of the decision: R27, R28, R29. */
class ServiceRulesTest {

    @Test
    @DisplayName("R27 决定书七个工作日内送达：跨国庆2025，第7个工作日按期，第8个工作日逾期提示但照样记录")
    void r27_serviceWithinSevenWorkingDays() {
        // 2025-09-29 decided: 09-30, [10-01..10-08], 10-09, 10-10, 10-11 (调休 Saturday), 10-13, 10-14, 10-15
        CaseRecord c = decided(d("2025-09-29"), "500");
        DeadlineItem service = deadline(c, "service");
        assertThat(service.deadline().date()).isEqualTo(d("2025-10-15"));
        assertThat(service.overdue(d("2025-10-15"))).isFalse();
        assertThat(service.overdue(d("2025-10-16"))).isTrue();

        Outcome onTime = attempt(c, personal(d("2025-10-15")));
        assertThat(onTime.accepted()).isTrue();
        assertThat(onTime.warnings()).noneMatch(v -> v.rule().equals("R27"));
        assertThat(deadline(onTime.result(), "service").metOn()).isEqualTo(d("2025-10-15"));

        Outcome late = attempt(c, personal(d("2025-10-16")));
        assertThat(warnedBy(late, "R27")).isTrue();
        assertThat(late.result().state()).isEqualTo(CaseState.SERVED);
        assertThat(deadline(late.result(), "service").overdue(d("2025-10-16"))).isTrue();

        // the officer sees the warning before serving, in the next steps
        assertThat(ENGINE.nextSteps(c, d("2025-10-16"), ctx()))
                .anySatisfy(s -> assertThat(s.warnings()).anyMatch(v -> v.rule().equals("R27")));
        // on-site decisions are handed over on the spot: no service deadline
        CaseRecord onSite = advance(onSiteLead(d("2025-09-29"), org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT),
                onSite(d("2025-09-29"), fine("100")));
        assertThat(hasDeadline(onSite, "service")).isFalse();
    }

    @Test
    @DisplayName("R28 电子送达须签署确认书，且须告知网上申请复议渠道")
    void r28_electronicServiceNeedsConsentAndOnlineChannel() {
        CaseRecord c = decided(d("2025-03-03"), "500");
        LocalDate day = d("2025-03-05");
        assertThat(blockedBy(attempt(c, serve(day, ServiceMethod.ELECTRONIC, false, true, 0)), "R28")).isTrue();
        assertThat(blockedBy(attempt(c, serve(day, ServiceMethod.ELECTRONIC, true, false, 0)), "R28")).isTrue();
        Outcome ok = attempt(c, serve(day, ServiceMethod.ELECTRONIC, true, true, 0));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.result().state()).isEqualTo(CaseState.SERVED);
        assertThat(attempt(c, serve(day, ServiceMethod.POSTAL, false, false, 0)).accepted())
                .as("the consent is only needed for electronic service").isTrue();
    }

    @Test
    @DisplayName("R29 公告送达须先有送达未成功的记录；公告之日起经过30日视为送达，缴款期限由此起算")
    void r29_publicationServiceAfterFailuresAndDeemedDate() {
        CaseRecord c = decided(d("2025-03-03"), "500");
        LocalDate day = d("2025-03-05");
        assertThat(blockedBy(attempt(c, serve(day, ServiceMethod.PUBLICATION, false, false, 0)), "R29")).isTrue();
        CaseRecord published = advance(c, serve(day, ServiceMethod.PUBLICATION, false, false, 1));
        assertThat(published.state()).isEqualTo(CaseState.SERVED);
        // deemed served 30 days after 03-05: 04-04; payment due 15 days later: 04-19 is a Saturday → 04-21
        assertThat(ServiceDates.effectiveServiceDate(published, ctx())).contains(d("2025-04-04"));
        assertThat(deadline(published, "payment").deadline().date()).isEqualTo(d("2025-04-21"));
        assertThat(deadline(published, "reconsideration").deadline().date()).isEqualTo(d("2025-06-03"));

        // the period is a setting
        ProcedureSettings s = ProcedureSettings.defaults();
        RuleContext sixty = ctx(new ProcedureSettings(s.filingDays(), s.representationDays(),
                s.hearingThresholdIndividual(), s.hearingThresholdOrganization(), s.reviewThresholdIndividual(),
                s.reviewThresholdOrganization(), s.reviewOnDeparture(), s.deliberationOnDeparture(),
                s.onSiteFilingDays(), 60, s.publicationDays(), s.reviewDays(), s.fullAgeStartsDayAfterBirthday()));
        assertThat(ServiceDates.effectiveServiceDate(published, sixty)).contains(d("2025-05-04"));
        // personal service counts from the day signed
        assertThat(ServiceDates.effectiveServiceDate(advance(c, personal(day)), ctx())).contains(day);
    }
}
