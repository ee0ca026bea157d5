package org.zhifa.workstation.domain.procedure.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.decision.DecisionFixtures.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.action.ExcludePeriod;
import org.zhifa.workstation.domain.cases.action.ExtendDecisionPeriod;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** R22: the 90-day decision period, extensions and excluded days, across 国庆 2025. */
class DecisionPeriodRulesTest {
    private static final String BASIS = "《测试规章》第二十条";

    /** Filed Thu 2025-07-03; 07-03 + 90 days = Wed 10-01 (国庆) → the period ends Thu 10-09. */
    private static CaseRecord underReview() {
        return DecisionFixtures.underReview(ProcedureFixtures.MATTER, ProcedureFixtures.ADULT, d("2025-07-03"),
                conclusion(d("2025-07-10"), fine("500")));
    }

    private static CaseRecord ready(CaseRecord c) {
        return given(c, CaseState.NOTICED, notice(d("2025-09-22"), fine("500"), false),
                new WaiveRepresentation(d("2025-09-23"), A, true));
    }

    @Test
    @DisplayName("R22 自立案之日起90日内作出决定（立案当日不计，末日节假日顺延），延长和扣除须有依据")
    void r22_ninetyDaysFromFilingWithExtensionsAndExclusions() {
        CaseRecord c = ready(underReview());
        assertThat(attempt(c, decide(d("2025-10-09"), fine("500"))).accepted()).isTrue();
        Outcome late = attempt(c, decide(d("2025-10-10"), fine("500")));
        assertThat(rules(late)).containsExactly("R22");
        assertThat(late.blocking().getFirst().message()).contains("2025-07-03").contains("2025-10-09");
        assertThat(rules(attempt(c, noPenalty(d("2025-10-10"), NoPenaltyGround.NO_FAULT,
                "无过错", true)))).containsExactly("R22");

        // +10 days → 10-11, a Saturday 调休 working day: no roll-over.
        CaseRecord extended = ready(given(underReview(), CaseState.UNDER_REVIEW,
                new ExtendDecisionPeriod(d("2025-09-01"), A, 10, BASIS, LEAD)));
        assertThat(attempt(extended, decide(d("2025-10-11"), fine("500"))).accepted()).isTrue();
        assertThat(rules(attempt(extended, decide(d("2025-10-12"), fine("500"))))).containsExactly("R22");
        // 08-01..08-10 excluded (10 days) → the same 10-11.
        CaseRecord excluded = ready(given(underReview(), CaseState.UNDER_REVIEW,
                new ExcludePeriod(d("2025-08-11"), A, d("2025-08-01"), d("2025-08-10"), "鉴定", BASIS)));
        assertThat(attempt(excluded, decide(d("2025-10-11"), fine("500"))).accepted()).isTrue();
        assertThat(rules(attempt(excluded, decide(d("2025-10-12"), fine("500"))))).containsExactly("R22");
        // Overlapping exclusions count each day once: 08-01..08-10 and 08-05..08-12 → 12 days → 10-13.
        CaseRecord overlapping = ready(given(underReview(), CaseState.UNDER_REVIEW,
                new ExcludePeriod(d("2025-08-11"), A, d("2025-08-01"), d("2025-08-10"), "鉴定", BASIS),
                new ExcludePeriod(d("2025-08-12"), A, d("2025-08-05"), d("2025-08-12"), "公告", BASIS)));
        assertThat(attempt(overlapping, decide(d("2025-10-13"), fine("500"))).accepted()).isTrue();
        assertThat(rules(attempt(overlapping, decide(d("2025-10-14"), fine("500"))))).containsExactly("R22");

        CaseRecord r = underReview();
        assertThat(rules(attempt(r, new ExtendDecisionPeriod(d("2025-09-01"), A, 10, " ", LEAD)))).containsExactly("R22");
        assertThat(rules(attempt(r, new ExtendDecisionPeriod(d("2025-09-01"), A, 10, BASIS, A)))).containsExactly("R22");
        assertThat(rules(attempt(r, new ExtendDecisionPeriod(d("2025-09-01"), A, 0, BASIS, LEAD)))).containsExactly("R22");
        assertThat(attempt(r, new ExtendDecisionPeriod(d("2025-10-09"), A, 10, BASIS, LEAD)).accepted()).isTrue();
        assertThat(rules(attempt(r, new ExtendDecisionPeriod(d("2025-10-10"), A, 10, BASIS, LEAD))))
                .as("the period has already run out").containsExactly("R22");
        assertThat(rules(attempt(r, new ExcludePeriod(d("2025-08-11"), A, d("2025-08-10"), d("2025-08-01"), "鉴定", BASIS))))
                .containsExactly("R22");
        assertThat(rules(attempt(r, new ExcludePeriod(d("2025-08-11"), A, d("2025-07-03"), d("2025-07-05"), "鉴定", BASIS))))
                .containsExactly("R22");
        assertThat(rules(attempt(r, new ExcludePeriod(d("2025-08-11"), A, d("2025-08-01"), d("2025-08-10"), "鉴定", null))))
                .containsExactly("R22");
    }
}
