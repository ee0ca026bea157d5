package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** Court enforcement and remedies: R31, R32, R44. */
class EnforcementRulesTest {

    private static ApplyCourtEnforcement apply(String day) {
        return new ApplyCourtEnforcement(d(day), A, "龙泉市人民法院");
    }

    private static ServeUrging urging(String day) {
        return new ServeUrging(d(day), A);
    }

    /** Asserts the window: blocked on its first and last excluded day, allowed on both edges. */
    private static void assertWindow(CaseRecord c, String lastDayOfPeriod, String firstAllowed, String lastAllowed,
                                     String firstTooLate) {
        Outcome early = attempt(c, apply(lastDayOfPeriod));
        assertThat(blockedBy(early, "R31")).as("on the period's last day").isTrue();
        assertThat(attempt(c, apply(firstAllowed)).accepted()).as("the day after the period").isTrue();
        assertThat(attempt(c, apply(lastAllowed)).accepted()).as("the window's last day").isTrue();
        assertThat(blockedBy(attempt(c, apply(firstTooLate)), "R31")).as("after the window").isTrue();
        assertThat(deadline(c, "remedyPeriod").deadline().date()).isEqualTo(d(lastDayOfPeriod));
        assertThat(deadline(c, "courtEnforcementWindow").deadline().date()).isEqualTo(d(lastAllowed));
    }

    @Test
    @DisplayName("R31 申请法院强制执行：催告书送达满十个工作日仍未履行，复议诉讼期限（6个月）届满后三个月内")
    void r31_courtEnforcementWindowOrdinary() {
        // served 2025-03-04: period ends 09-04, window to 12-04
        CaseRecord c = advance(served(d("2025-03-03"), d("2025-03-04"), "1000", true), urging("2025-08-01"));
        assertThat(attempt(c, apply("2025-09-04")).blocking())
                .anySatisfy(v -> assertThat(v.message()).contains("复议诉讼期限未满"));
        assertWindow(c, "2025-09-04", "2025-09-05", "2025-12-04", "2025-12-05");
        assertThat(attempt(c, apply("2025-09-05")).result().state()).isEqualTo(CaseState.SERVED);
        // no 催告书 → blocked
        CaseRecord noUrging = served(d("2025-03-03"), d("2025-03-04"), "1000", true);
        assertThat(blockedBy(attempt(noUrging, apply("2025-09-05")), "R31")).isTrue();
        // the 催告书 cannot precede the end of the payment period (due 03-19)
        assertThat(blockedBy(attempt(noUrging, urging("2025-03-19")), "R31")).isTrue();
        assertThat(attempt(noUrging, urging("2025-03-20")).accepted()).isTrue();
    }

    @Test
    @DisplayName("R31 催告书送达后十个工作日届满方可申请：09-01送达至09-15届满，09-15被拒、09-16可申请；跨国庆调休")
    void r31_urgingTenWorkingDays() {
        CaseRecord c = advance(served(d("2025-03-03"), d("2025-03-04"), "1000", true), urging("2025-09-01"));
        assertThat(blockedBy(attempt(c, apply("2025-09-15")), "R31")).isTrue();
        assertThat(attempt(c, apply("2025-09-16")).accepted()).isTrue();
        // 09-26 served: 09-28 (调休), 09-29, 09-30, 10-09, 10-10, 10-11 (调休), 10-13 … 10-16 is the tenth
        CaseRecord holiday = advance(served(d("2025-03-03"), d("2025-03-04"), "1000", true), urging("2025-09-26"));
        assertThat(blockedBy(attempt(holiday, apply("2025-10-16")), "R31")).isTrue();
        assertThat(attempt(holiday, apply("2025-10-17")).accepted()).isTrue();
        // paid in full meanwhile → nothing to enforce (the case is EXECUTED: the step is not available)
        CaseRecord paid = advance(c, bank(d("2025-09-10"), "1000", "1000"));
        assertThat(paid.state()).isEqualTo(CaseState.EXECUTED);
        assertThat(blockedBy(attempt(paid, apply("2025-09-16")), "PROC")).isTrue();
    }

    @Test
    @DisplayName("R31 复议决定后未起诉：收到复议决定书15日届满后三个月内申请；复议或诉讼未终结不得申请")
    void r31_courtEnforcementWindowAfterReconsideration() {
        CaseRecord base = served(d("2025-03-03"), d("2025-03-04"), "1000", true);
        CaseRecord pending = advance(base, urging("2025-03-20"),
                challenge(d("2025-03-25"), ChallengeKind.RECONSIDERATION, d("2025-03-26"), false));
        assertThat(blockedBy(attempt(pending, apply("2025-09-05")), "R31")).as("复议 pending").isTrue();
        assertThat(hasDeadline(pending, "remedyPeriod")).isFalse();
        // concluded 05-20: period ends 06-04, window to 09-04
        CaseRecord c = advance(pending, concluded(d("2025-05-20"), ChallengeKind.RECONSIDERATION, ChallengeResult.UPHELD));
        assertWindow(c, "2025-06-04", "2025-06-05", "2025-09-04", "2025-09-05");
        // a suit after the 复议: pending again
        CaseRecord sued = advance(c, challenge(d("2025-06-01"), ChallengeKind.LITIGATION, d("2025-06-03"), false));
        assertThat(blockedBy(attempt(sued, apply("2025-06-05")), "R31")).isTrue();
        // revoked: nothing to enforce
        CaseRecord revoked = advance(pending, concluded(d("2025-05-20"), ChallengeKind.RECONSIDERATION,
                ChallengeResult.REVOKED));
        assertThat(blockedBy(attempt(revoked, apply("2025-06-05")), "R31")).isTrue();
    }

    @Test
    @DisplayName("R31 当场处罚（复议前置）：收到决定书60日届满（05-03逢劳动节顺延至05-06）后三个月内申请")
    void r31_courtEnforcementWindowOnSite() {
        CaseRecord c = advance(onSiteLead(d("2025-03-04"), ProcedureFixtures.ADULT),
                onSite(d("2025-03-04"), fine("200")), urging("2025-04-01"));
        assertWindow(c, "2025-05-06", "2025-05-07", "2025-08-06", "2025-08-07");
        assertThat(hasDeadline(c, "litigation")).as("复议前置: no direct suit").isFalse();
        assertThat(deadline(c, "reconsideration").deadline().date()).isEqualTo(d("2025-05-06"));
    }

    @Test
    @DisplayName("R32 决定书救济告知不完整：标记提示，救济期限最长一年，申请强制执行窗口随之后移")
    void r32_incompleteRemedyClauseExtendsPeriodToOneYear() {
        CaseRecord decided = decided(d("2025-03-03"), fine("1000"), false);
        assertThat(ENGINE.nextSteps(decided, d("2025-03-04"), ctx()))
                .filteredOn(s -> s.type() == ActionType.DECISION_SERVED).singleElement()
                .satisfies(s -> assertThat(s.warnings()).anyMatch(v -> v.rule().equals("R32")));
        // served 2025-03-04: one year → 2026-03-04, window to 2026-06-04
        CaseRecord c = advance(decided, personal(d("2025-03-04")), urging("2025-08-01"));
        DeadlineItem period = deadline(c, "remedyPeriod");
        assertThat(period.rule()).isEqualTo("R32");
        assertThat(deadline(c, "litigation").deadline().date()).isEqualTo(d("2026-03-04"));
        assertThat(deadline(c, "reconsideration").deadline().date()).isEqualTo(d("2026-03-04"));
        assertThat(blockedBy(attempt(c, apply("2025-09-05")), "R31"))
                .as("six months are not enough without the clause").isTrue();
        assertWindow(c, "2026-03-04", "2026-03-05", "2026-06-04", "2026-06-05");
        assertThat(warnedBy(attempt(c, apply("2026-03-05")), "R32")).isTrue();
        // with a complete clause: no flag
        CaseRecord complete = decided(d("2025-03-03"), fine("1000"), true);
        assertThat(ENGINE.nextSteps(complete, d("2025-03-04"), ctx()))
                .allSatisfy(s -> assertThat(s.warnings()).noneMatch(v -> v.rule().equals("R32")));
    }

    @Test
    @DisplayName("R44 复议诉讼期间：停止执行的不得催告、申请强制执行；复议答复10个工作日、诉讼答辩15日列入待办")
    void r44_stayHonouredAndAnswerDeadlines() {
        CaseRecord c = served(d("2025-03-03"), d("2025-03-04"), "1000", true);
        CaseRecord stayed = advance(c, challenge(d("2025-03-25"), ChallengeKind.RECONSIDERATION, d("2025-03-26"), true));
        assertThat(blockedBy(attempt(stayed, urging("2025-04-01")), "R44")).isTrue();
        CaseRecord notStayed = advance(c, challenge(d("2025-03-25"), ChallengeKind.RECONSIDERATION, d("2025-03-26"), false));
        assertThat(attempt(notStayed, urging("2025-04-01")).accepted()).as("execution continues without a stay").isTrue();
        CaseRecord urgedThenStayed = advance(c, urging("2025-03-20"),
                challenge(d("2025-04-10"), ChallengeKind.LITIGATION, d("2025-04-11"), true));
        assertThat(blockedBy(attempt(urgedThenStayed, apply("2025-09-05")), "R44")).isTrue();
        assertThat(blockedBy(attempt(c, challenge(d("2025-03-25"), ChallengeKind.LITIGATION, null, false)), "R44"))
                .as("the copy's date starts the answer period").isTrue();

        // 复议 copy received 2025-09-26: 10 working days over 国庆 with both 调休 days → 10-16
        CaseRecord late = served(d("2025-09-01"), d("2025-09-02"), "1000", true);
        CaseRecord rec = advance(late, challenge(d("2025-09-25"), ChallengeKind.RECONSIDERATION, d("2025-09-26"), false));
        assertThat(deadline(rec, "reconsiderationAnswer").deadline().date()).isEqualTo(d("2025-10-16"));
        // 诉讼 copy received 2025-09-20: 15 days → 10-05 in 国庆 → 10-09
        CaseRecord lit = advance(late, challenge(d("2025-09-20"), ChallengeKind.LITIGATION, d("2025-09-20"), false));
        assertThat(deadline(lit, "litigationAnswer").deadline().date()).isEqualTo(d("2025-10-09"));
        // once concluded, the stay and the answer item end
        CaseRecord ended = advance(rec, concluded(d("2025-11-20"), ChallengeKind.RECONSIDERATION, ChallengeResult.UPHELD));
        assertThat(hasDeadline(ended, "reconsiderationAnswer")).isFalse();
        assertThat(ExecutionFacts.stayOrdered(ended)).isFalse();
    }
}
