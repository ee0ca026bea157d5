package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** The on-site (简易程序) path: R1 (on-site side), R24, R25, R26. */
class OnSiteRulesTest {

    @Test
    @DisplayName("R1 当场处罚须两名持有效执法证的执法人员：协管员、暂扣、过期证件不计入；特别规定的事项可一人")
    void r1_onSiteDecisionNeedsTwoCertifiedOfficers() {
        LocalDate day = d("2025-07-01");
        CaseRecord lead = onSiteLead(day, ProcedureFixtures.ADULT);
        String expired = ProcedureFixtures.EXPIRED.code();

        assertThat(attempt(lead, onSiteBy(day, List.of(A, B))).accepted()).isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A))), "R1")).isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A, A))), "R1")).as("the same officer twice").isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A, ProcedureFixtures.AUXILIARY.code()))), "R1")).isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A, ProcedureFixtures.SUSPENDED.code()))), "R1")).isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A, ProcedureFixtures.REVOKED.code()))), "R1")).isTrue();
        // EXPIRED holds a certificate valid to 2025-06-30: counts that day, not the day after
        LocalDate lastValid = d("2025-06-30");
        assertThat(attempt(onSiteLead(lastValid, ProcedureFixtures.ADULT), onSiteBy(lastValid, List.of(A, expired)))
                .accepted()).isTrue();
        assertThat(blockedBy(attempt(lead, onSiteBy(day, List.of(A, expired))), "R1")).isTrue();
        // a matter whose law allows one officer
        CaseRecord exempt = onSiteLead(day, twoOfficerExemptMatter());
        assertThat(attempt(exempt, onSiteBy(day, List.of(A))).accepted()).isTrue();
        assertThat(blockedBy(attempt(exempt, onSiteBy(day, List.of(ProcedureFixtures.AUXILIARY.code()))), "R1")).isTrue();
        // certificates must be shown
        DecideOnSite notShown = new DecideOnSite(day, A, List.of(A, B), fine("100"), "BD-DC-0001", "八都镇八都街",
                false, true, false, false, null, false, false, false);
        assertThat(blockedBy(attempt(lead, notShown), "R1")).isTrue();
    }

    @Test
    @DisplayName("R24 简易程序仅限警告或罚款：公民200元以下、组织3000元以下，且案件须为简易程序")
    void r24_summaryProcedureLimits() {
        LocalDate day = d("2025-03-10");
        CaseRecord person = onSiteLead(day, ProcedureFixtures.ADULT);
        CaseRecord company = onSiteLead(day, ProcedureFixtures.COMPANY);

        assertThat(attempt(person, onSite(day, fine("200.00"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(person, onSite(day, fine("200.01"))), "R24")).isTrue();
        assertThat(attempt(company, onSite(day, fine("3000.00"))).accepted()).isTrue();
        assertThat(blockedBy(attempt(company, onSite(day, fine("3000.01"))), "R24")).isTrue();
        assertThat(attempt(person, onSite(day, warning())).accepted()).isTrue();
        PenaltyTerms confiscation = new PenaltyTerms(Set.of(PenaltyType.FINE, PenaltyType.CONFISCATE_PROPERTY),
                new BigDecimal("50"), null, new BigDecimal("10"), null);
        assertThat(blockedBy(attempt(person, onSite(day, confiscation)), "R24")).isTrue();
        assertThat(blockedBy(attempt(person, onSite(day, null)), "R24")).isTrue();
        // a general-procedure case cannot take the on-site step
        CaseRecord general = ProcedureFixtures.lead(day, ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        Outcome o = attempt(general, onSite(day, fine("100")));
        assertThat(blockedBy(o, "R24")).isTrue();
        assertThat(o.blocking().getFirst().message()).contains("普通程序");
    }

    @Test
    @DisplayName("R25 当场处罚决定须有编号、地点并听取陈述申辩；编号不得重复；备案逾期（跨国庆调休）提示")
    void r25_onSiteDecisionItemsAndFiling() {
        LocalDate day = d("2025-09-26");
        CaseRecord lead = onSiteLead(day, ProcedureFixtures.ADULT);
        DecideOnSite noSerial = new DecideOnSite(day, A, List.of(A, B), fine("100"), " ", "八都镇八都街", true, true,
                false, false, null, false, false, false);
        DecideOnSite notHeard = new DecideOnSite(day, A, List.of(A, B), fine("100"), "BD-DC-0002", "八都镇八都街",
                true, false, false, false, null, false, false, false);
        DecideOnSite noPlace = new DecideOnSite(day, A, List.of(A, B), fine("100"), "BD-DC-0002", null,
                true, true, false, false, null, false, false, false);
        assertThat(blockedBy(attempt(lead, noSerial), "R25")).isTrue();
        assertThat(blockedBy(attempt(lead, notHeard), "R25")).isTrue();
        assertThat(blockedBy(attempt(lead, noPlace), "R25")).isTrue();
        DecideOnSite refused = new DecideOnSite(day, A, List.of(A, B), fine("100"), "BD-DC-0002", "八都镇八都街",
                true, true, true, false, null, false, false, false);
        assertThat(attempt(lead, refused).accepted()).as("a refusal to sign is noted, not blocking").isTrue();

        // serials used by other cases: the check the case service calls
        assertThat(OnSiteSerials.check("BD-DC-0002", Set.of("BD-DC-0001", "BD-DC-0003"))).isEmpty();
        assertThat(OnSiteSerials.check("BD-DC-0002", Set.of("BD-DC-0002"))).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("R25"));

        // 备案 within 5 working days: 09-28 (调休 Sunday), 09-29, 09-30, [国庆 10-01..10-08], 10-09, 10-10
        CaseRecord decided = advance(lead, onSite(day, fine("100")));
        DeadlineItem filing = deadline(decided, "onSiteFiling");
        assertThat(filing.deadline().date()).isEqualTo(d("2025-10-10"));
        assertThat(filing.open()).isTrue();
        Outcome onTime = attempt(decided, new FileOnSiteDecision(d("2025-10-10"), A));
        assertThat(onTime.accepted()).isTrue();
        assertThat(onTime.warnings()).isEmpty();
        assertThat(deadline(onTime.result(), "onSiteFiling").overdue(d("2025-10-20"))).isFalse();
        Outcome late = attempt(decided, new FileOnSiteDecision(d("2025-10-11"), A));
        assertThat(warnedBy(late, "R25")).as("the 调休 Saturday is already the 6th working day").isTrue();
        assertThat(late.result().state()).isEqualTo(CaseState.SERVED);
        assertThat(deadline(late.result(), "onSiteFiling").overdue(d("2025-10-11"))).isTrue();

        // 复议前置: a suit without a prior 复议 is recorded with a warning
        assertThat(warnedBy(attempt(decided, challenge(d("2025-10-09"), ChallengeKind.LITIGATION, d("2025-10-10"),
                false)), "R25")).isTrue();
        assertThat(attempt(decided, challenge(d("2025-10-09"), ChallengeKind.RECONSIDERATION, d("2025-10-10"),
                false)).warnings()).isEmpty();
    }

    @Test
    @DisplayName("R26 当场收缴：简易程序100元以下或事后难以执行，或边远地区经当事人提出；须财政票据；150元无标记被拒")
    void r26_onSiteCollection() {
        LocalDate day = d("2025-09-30");
        CaseRecord lead = onSiteLead(day, ProcedureFixtures.ADULT);

        assertThat(blockedBy(attempt(lead, collected(day, "150", false, false, false, "ZJ-0001")), "R26")).isTrue();
        Outcome small = attempt(lead, collected(day, "100", false, false, false, "ZJ-0001"));
        assertThat(small.accepted()).isTrue();
        assertThat(small.result().state()).isEqualTo(CaseState.EXECUTED);
        assertThat(attempt(lead, collected(day, "150", true, false, false, "ZJ-0001")).accepted()).isTrue();
        assertThat(attempt(lead, collected(day, "150", false, true, true, "ZJ-0001")).accepted()).isTrue();
        assertThat(blockedBy(attempt(lead, collected(day, "150", false, true, false, "ZJ-0001")), "R26"))
                .as("remote area but the party did not ask").isTrue();
        assertThat(blockedBy(attempt(lead, collected(day, "100", false, false, false, null)), "R26"))
                .as("no 财政 receipt").isTrue();
        DecideOnSite receiptWithoutCash = new DecideOnSite(day, A, List.of(A, B), fine("100"), "BD-DC-0001",
                "八都镇八都街", true, true, false, false, "ZJ-0001", false, false, false);
        assertThat(blockedBy(attempt(lead, receiptWithoutCash), "R26")).as("罚缴分离").isTrue();

        // cash to the authority within 2 working days, to the bank within 2 more (国庆 2025 and its 调休 Saturday)
        CaseRecord c = small.result();
        assertThat(deadline(c, "cashToAuthority").deadline().date()).isEqualTo(d("2025-10-10"));
        assertThat(deadline(c, "cashToBank").deadline().date()).isEqualTo(d("2025-10-13"));

        // cash taken after a general decision: receipt mandatory, and only case (b) of Art 69
        CaseRecord general = served(d("2025-03-03"), d("2025-03-04"), "500", true);
        RecordPayment noReceipt = new RecordPayment(d("2025-03-10"), A, new BigDecimal("500"), BigDecimal.ZERO,
                PaymentChannel.ON_SITE, null);
        assertThat(blockedBy(attempt(general, noReceipt), "R26")).isTrue();
        RecordPayment withReceipt = new RecordPayment(d("2025-03-10"), A, new BigDecimal("500"), BigDecimal.ZERO,
                PaymentChannel.ON_SITE, "ZJ-0002");
        assertThat(warnedBy(attempt(general, withReceipt), "R26")).isTrue();
    }
}
