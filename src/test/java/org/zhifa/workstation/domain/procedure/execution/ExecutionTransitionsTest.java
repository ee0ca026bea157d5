package org.zhifa.workstation.domain.procedure.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.execution.ExecutionFixtures.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.ChallengeResult;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ApplyCourtEnforcement;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeUrging;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.ProcedureFixtures;

/** The states this part's steps lead to, the states they refuse, and the closing gates. */
class ExecutionTransitionsTest {

    private static CloseCase close(String day, String approvedBy) {
        return new CloseCase(d(day), A, approvedBy, "执行完毕");
    }

    @Test
    @DisplayName("当场处罚：线索→已送达，当场收缴→已执行；备案不改变状态；非线索或普通程序案件被拒")
    void onSitePath() {
        CaseRecord lead = onSiteLead(d("2025-03-10"), ProcedureFixtures.ADULT);
        CaseRecord served = advance(lead, onSite(d("2025-03-10"), fine("200")));
        assertThat(served.state()).isEqualTo(CaseState.SERVED);
        assertThat(advance(lead, collected(d("2025-03-10"), "50", false, false, false, "ZJ-1")).state())
                .isEqualTo(CaseState.EXECUTED);
        assertThat(advance(served, new FileOnSiteDecision(d("2025-03-11"), A)).state()).isEqualTo(CaseState.SERVED);
        assertThat(blockedBy(attempt(served, onSite(d("2025-03-11"), fine("200"))), "PROC")).isTrue();
        assertThat(blockedBy(attempt(lead, new FileOnSiteDecision(d("2025-03-11"), A)), "PROC")).isTrue();
        CaseRecord general = served(d("2025-03-03"), d("2025-03-04"), "500", true);
        assertThat(blockedBy(attempt(general, new FileOnSiteDecision(d("2025-03-05"), A)), "PROC")).isTrue();
        CaseRecord filed = advance(served, new FileOnSiteDecision(d("2025-03-11"), A));
        assertThat(blockedBy(attempt(filed, new FileOnSiteDecision(d("2025-03-12"), A)), "PROC"))
                .as("filed once").isTrue();
        // a warning only: nothing to pay, the case can be closed at once
        CaseRecord warned = advance(lead, onSite(d("2025-03-10"), warning()), new FileOnSiteDecision(d("2025-03-10"), A));
        assertThat(advance(warned, close("2025-03-11", LEAD)).state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    @DisplayName("送达：已决定→已送达，不予处罚→不予处罚；缴款：部分→已送达，缴清→已执行；错误状态被拒")
    void serviceAndPayment() {
        CaseRecord decided = decided(d("2025-03-03"), "500");
        CaseRecord served = advance(decided, personal(d("2025-03-04")));
        assertThat(served.state()).isEqualTo(CaseState.SERVED);
        assertThat(blockedBy(attempt(served, personal(d("2025-03-05"))), "PROC")).isTrue();
        assertThat(blockedBy(attempt(decided, bank(d("2025-03-05"), "500", "0")), "PROC")).as("not served yet").isTrue();
        assertThat(blockedBy(attempt(decided, new ServeDecision(d("2025-03-04"), A, ServiceMethod.PERSONAL, null,
                false, false, 0)), "PROC")).isTrue();
        CaseRecord noPenalty = noPenalty(d("2025-03-03"));
        CaseRecord npServed = advance(noPenalty, personal(d("2025-03-04")));
        assertThat(npServed.state()).isEqualTo(CaseState.NO_PENALTY);
        assertThat(blockedBy(attempt(npServed, personal(d("2025-03-05"))), "PROC")).as("served once").isTrue();
        assertThat(blockedBy(attempt(noPenalty, close("2025-03-04", LEAD)), "PROC")).as("not yet served").isTrue();
        assertThat(advance(npServed, close("2025-03-05", LEAD)).state()).isEqualTo(CaseState.CLOSED);
        assertThat(advance(served, bank(d("2025-03-05"), "200", "0")).state()).isEqualTo(CaseState.SERVED);
        assertThat(advance(served, bank(d("2025-03-05"), "500", "0")).state()).isEqualTo(CaseState.EXECUTED);
    }

    @Test
    @DisplayName("复议诉讼、催告、申请执行、公示、撤回公示不改变状态；无决定时被拒")
    void sideStepsKeepTheState() {
        CaseRecord served = served(d("2025-03-03"), d("2025-03-04"), "500", true);
        CaseRecord challenged = advance(served, challenge(d("2025-03-05"), ChallengeKind.RECONSIDERATION, d("2025-03-06"), false));
        assertThat(challenged.state()).isEqualTo(CaseState.SERVED);
        assertThat(blockedBy(attempt(challenged,
                challenge(d("2025-03-07"), ChallengeKind.RECONSIDERATION, d("2025-03-07"), false)), "PROC"))
                .as("one 复议 at a time").isTrue();
        assertThat(blockedBy(attempt(served, concluded(d("2025-03-07"), ChallengeKind.LITIGATION,
                ChallengeResult.UPHELD)), "PROC")).as("nothing pending").isTrue();
        CaseRecord ended = advance(challenged, concluded(d("2025-04-07"), ChallengeKind.RECONSIDERATION, ChallengeResult.UPHELD));
        assertThat(ended.state()).isEqualTo(CaseState.SERVED);
        assertThat(advance(ended, new ServeUrging(d("2025-04-08"), A)).state()).isEqualTo(CaseState.SERVED);
        CaseRecord decided = decided(d("2025-03-03"), "500");
        assertThat(advance(decided, new Publish(d("2025-03-04"), A)).state()).isEqualTo(CaseState.DECIDED);
        assertThat(blockedBy(attempt(decided, new ServeUrging(d("2025-04-08"), A)), "PROC")).isTrue();
        CaseRecord lead = ProcedureFixtures.lead(d("2025-03-01"), ProcedureFixtures.MATTER, ProcedureFixtures.ADULT);
        assertThat(blockedBy(attempt(lead, new Publish(d("2025-03-04"), A)), "PROC")).isTrue();
        assertThat(blockedBy(attempt(lead, challenge(d("2025-03-04"), ChallengeKind.LITIGATION, d("2025-03-04"), false)),
                "PROC")).isTrue();
        CaseRecord published = advance(decided, new Publish(d("2025-03-04"), A));
        assertThat(blockedBy(attempt(published, new Publish(d("2025-03-05"), A)), "PROC")).as("already published").isTrue();
        assertThat(blockedBy(attempt(decided, new WithdrawPublication(d("2025-03-05"), A, "更正")), "PROC")).isTrue();
        assertThat(advance(published, new WithdrawPublication(d("2025-03-05"), A, "更正")).state())
                .isEqualTo(CaseState.DECIDED);
    }

    @Test
    @DisplayName("结案须负责人审批：已执行可结案；尚欠罚款不可，申请法院强制执行后可；复议未终结不可；归档在结案后")
    void closingAndArchiving() {
        CaseRecord executed = advance(served(d("2025-03-03"), d("2025-03-04"), "500", true), bank(d("2025-03-05"), "500", "0"));
        assertThat(blockedBy(attempt(executed, close("2025-03-06", A)), "PROC")).as("not the 负责人").isTrue();
        CaseRecord closed = advance(executed, close("2025-03-06", LEAD));
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(advance(closed, new Publish(d("2025-03-07"), A)).state()).isEqualTo(CaseState.CLOSED);

        CaseRecord unpaid = served(d("2025-03-03"), d("2025-03-04"), "500", true);
        assertThat(blockedBy(attempt(unpaid, close("2025-03-06", LEAD)), "PROC")).isTrue();
        CaseRecord enforced = advance(unpaid, new ServeUrging(d("2025-08-01"), A),
                new ApplyCourtEnforcement(d("2025-09-05"), A, "龙泉市人民法院"));
        assertThat(advance(enforced, close("2025-12-01", LEAD)).state()).isEqualTo(CaseState.CLOSED);
        CaseRecord challenged = advance(executed, challenge(d("2025-03-06"), ChallengeKind.LITIGATION, d("2025-03-07"), false));
        assertThat(blockedBy(attempt(challenged, close("2025-03-08", LEAD)), "PROC")).isTrue();

        assertThat(blockedBy(attempt(closed, new ArchiveCase(d("2025-03-10"), A, "")), "PROC")).isTrue();
        CaseRecord archived = advance(closed, new ArchiveCase(d("2025-03-10"), A, "BD-2025-Y-001"));
        assertThat(archived.state()).isEqualTo(CaseState.ARCHIVED);
        assertThat(advance(archived, new Publish(d("2025-03-11"), A)).state()).isEqualTo(CaseState.ARCHIVED);
        assertThat(blockedBy(attempt(executed, new ArchiveCase(d("2025-03-10"), A, "BD-2025-Y-001")), "PROC")).isTrue();
        assertThat(blockedBy(attempt(unpaid, new ArchiveCase(d("2025-03-10"), A, "BD-2025-Y-001")), "PROC")).isTrue();
    }

    @Test
    @DisplayName("标准引擎登记了本部分全部12个步骤")
    void standardEngineRegistersTheseSteps() {
        ProcedureEngine standard = ProcedureEngine.standard();
        for (ActionType t : List.of(ActionType.ON_SITE_DECIDED, ActionType.ON_SITE_FILED, ActionType.DECISION_SERVED,
                ActionType.PAYMENT_RECORDED, ActionType.CHALLENGE_FILED, ActionType.CHALLENGE_CONCLUDED,
                ActionType.URGING_SERVED, ActionType.COURT_ENFORCEMENT_APPLIED, ActionType.PUBLISHED,
                ActionType.PUBLICATION_WITHDRAWN, ActionType.CLOSED, ActionType.ARCHIVED)) {
            assertThat(standard.supports(t)).as(t.name()).isTrue();
        }
        Outcome o = ProcedureFixtures.attempt(onSiteLead(d("2025-03-10"), ProcedureFixtures.ADULT),
                onSite(d("2025-03-10"), fine("200")));
        assertThat(o.result().state()).isEqualTo(CaseState.SERVED);
    }
}
