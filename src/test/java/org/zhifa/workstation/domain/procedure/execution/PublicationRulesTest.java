package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** 公示 and its withdrawal: R33. */
class PublicationRulesTest {

    @Test
    @DisplayName("R33 处罚决定7个工作日内公示（跨国庆含调休）；被撤销等后3个工作日内撤回（跨春节2026），须说明理由")
    void r33_publicationAndWithdrawalTimers() {
        // decided 2025-09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10, 10-11 (调休), 10-13 → due 10-13
        CaseRecord c = decided(d("2025-09-26"), "500");
        assertThat(deadline(c, "publication").deadline().date()).isEqualTo(d("2025-10-13"));
        Outcome onTime = attempt(c, new Publish(d("2025-10-13"), A));
        assertThat(onTime.accepted()).isTrue();
        assertThat(onTime.warnings()).isEmpty();
        assertThat(deadline(onTime.result(), "publication").metOn()).isEqualTo(d("2025-10-13"));
        assertThat(warnedBy(attempt(c, new Publish(d("2025-10-14"), A)), "R33")).isTrue();
        // on-site decisions are outside the default scope
        CaseRecord onSite = advance(onSiteLead(d("2025-09-26"), ProcedureFixtures.ADULT), onSite(d("2025-09-26"), fine("100")));
        assertThat(hasDeadline(onSite, "publication")).isFalse();

        // revoked on 2026-02-12: 02-13, 02-14 (调休 Saturday), [春节 02-15..02-23], 02-24 → due 02-24
        CaseRecord revoked = advance(served(d("2025-12-01"), d("2025-12-02"), "500", true),
                new Publish(d("2025-12-03"), A),
                challenge(d("2025-12-10"), ChallengeKind.RECONSIDERATION, d("2025-12-11"), false),
                concluded(d("2026-02-12"), ChallengeKind.RECONSIDERATION, ChallengeResult.REVOKED));
        assertThat(deadline(revoked, "publicationWithdrawal").deadline().date()).isEqualTo(d("2026-02-24"));
        assertThat(blockedBy(attempt(revoked, new WithdrawPublication(d("2026-02-24"), A, " ")), "R33")).isTrue();
        Outcome withdrawn = attempt(revoked, new WithdrawPublication(d("2026-02-24"), A, "复议决定撤销原处罚决定"));
        assertThat(withdrawn.accepted()).isTrue();
        assertThat(withdrawn.warnings()).isEmpty();
        assertThat(deadline(withdrawn.result(), "publicationWithdrawal").metOn()).isEqualTo(d("2026-02-24"));
        assertThat(warnedBy(attempt(revoked, new WithdrawPublication(d("2026-02-25"), A, "复议决定撤销原处罚决定")),
                "R33")).isTrue();
        // an upheld decision needs no withdrawal
        CaseRecord upheld = advance(served(d("2025-12-01"), d("2025-12-02"), "500", true),
                new Publish(d("2025-12-03"), A),
                challenge(d("2025-12-10"), ChallengeKind.RECONSIDERATION, d("2025-12-11"), false),
                concluded(d("2026-02-12"), ChallengeKind.RECONSIDERATION, ChallengeResult.UPHELD));
        assertThat(hasDeadline(upheld, "publicationWithdrawal")).isFalse();
    }
}
