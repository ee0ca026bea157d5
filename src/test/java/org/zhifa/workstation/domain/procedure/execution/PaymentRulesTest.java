package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.procedure.Outcome;

/** Payment and 加处罚款: R30. */
class PaymentRulesTest {

    @Test
    @DisplayName("R30 缴款期限为收到决定书后15日；加处罚款每日3%、以罚款额为限：逾期第33日99%，第34日封顶；缴清罚款及加处罚款方为执行完毕")
    void r30_paymentDueAndSurchargeCap() {
        // served 2025-03-04, due 03-19; overdue day 33 = 04-21, day 34 = 04-22
        CaseRecord c = served(d("2025-03-03"), d("2025-03-04"), "1000", true);
        assertThat(deadline(c, "payment").deadline().date()).isEqualTo(d("2025-03-19"));
        assertThat(Settlement.of(c, ctx(), d("2025-03-19")).surchargeDue()).isEqualByComparingTo("0");
        assertThat(Settlement.of(c, ctx(), d("2025-03-20")).surchargeDue()).isEqualByComparingTo("30.00");
        assertThat(Settlement.of(c, ctx(), d("2025-04-21")).surchargeDue()).isEqualByComparingTo("990.00");
        assertThat(Settlement.of(c, ctx(), d("2025-04-22")).surchargeDue()).isEqualByComparingTo("1000.00");
        assertThat(Settlement.of(c, ctx(), d("2025-06-30")).surchargeDue()).isEqualByComparingTo("1000.00");

        // paid on time in two parts: EXECUTED after the second
        Outcome part = attempt(c, bank(d("2025-03-10"), "400", "0"));
        assertThat(part.result().state()).isEqualTo(CaseState.SERVED);
        Outcome rest = attempt(part.result(), bank(d("2025-03-19"), "600", "0"));
        assertThat(rest.result().state()).isEqualTo(CaseState.EXECUTED);
        assertThat(deadline(rest.result(), "payment").metOn()).isEqualTo(d("2025-03-19"));

        // day 33: fine + 99 % → executed; the fine alone → still owes the surcharge
        assertThat(attempt(c, bank(d("2025-04-21"), "1000", "990")).result().state()).isEqualTo(CaseState.EXECUTED);
        Outcome fineOnly = attempt(c, bank(d("2025-04-21"), "1000", "0"));
        assertThat(warnedBy(fineOnly, "R30")).isTrue();
        assertThat(fineOnly.result().state()).isEqualTo(CaseState.SERVED);
        // day 34: the cap
        assertThat(attempt(c, bank(d("2025-04-22"), "1000", "990")).result().state()).isEqualTo(CaseState.SERVED);
        assertThat(attempt(c, bank(d("2025-04-22"), "1000", "1000")).result().state()).isEqualTo(CaseState.EXECUTED);
        // more than the fine owed
        assertThat(blockedBy(attempt(c, bank(d("2025-03-10"), "1000.01", "0")), "R30")).isTrue();
        // a warning-only decision has nothing to pay
        CaseRecord warned = advance(decided(d("2025-03-03"), warning(), true), personal(d("2025-03-04")));
        assertThat(blockedBy(attempt(warned, bank(d("2025-03-10"), "100", "0")), "R30")).isTrue();
    }

    @Test
    @DisplayName("R30 缴款期限末日逢国庆顺延：2025-09-16送达，10-01届满顺延至10-09")
    void r30_dueDateRolledOverHolidays() {
        CaseRecord c = served(d("2025-09-15"), d("2025-09-16"), "1000", true);
        assertThat(deadline(c, "payment").deadline().date()).isEqualTo(d("2025-10-09"));
        assertThat(Settlement.of(c, ctx(), d("2025-10-09")).surchargeDue()).isEqualByComparingTo("0");
        assertThat(Settlement.of(c, ctx(), d("2025-10-10")).surchargeDue()).isEqualByComparingTo("30.00");
        Outcome onTime = attempt(c, bank(d("2025-10-09"), "1000", "0"));
        assertThat(onTime.result().state()).isEqualTo(CaseState.EXECUTED);
    }

    @Test
    @DisplayName("R30 复议诉讼期间不计加处罚款：复议03-25至04-03（10日）不计，04-21缴款按23日计690元")
    void r30_surchargePausedWhileChallengePending() {
        CaseRecord c = served(d("2025-03-03"), d("2025-03-04"), "1000", true);
        CaseRecord challenged = advance(c,
                challenge(d("2025-03-25"), ChallengeKind.RECONSIDERATION, d("2025-03-26"), false),
                concluded(d("2025-04-03"), ChallengeKind.RECONSIDERATION, ChallengeResult.UPHELD));
        Settlement s = Settlement.of(challenged, ctx(), d("2025-04-21"));
        assertThat(s.overdueDays()).isEqualTo(23);
        assertThat(s.surchargeDue()).isEqualByComparingTo("690.00");
        assertThat(attempt(challenged, bank(d("2025-04-21"), "1000", "690")).result().state())
                .isEqualTo(CaseState.EXECUTED);
        // while still pending the clock stays stopped
        CaseRecord pending = advance(c, challenge(d("2025-03-25"), ChallengeKind.LITIGATION, d("2025-03-26"), false));
        assertThat(Settlement.of(pending, ctx(), d("2025-04-21")).overdueDays()).isEqualTo(5);
        assertThat(new BigDecimal("150.00")).isEqualByComparingTo(Settlement.of(pending, ctx(), d("2025-04-21")).surchargeDue());
    }
}
