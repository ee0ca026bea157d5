package org.zhifa.workstation.domain.procedure.execution;

import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.Step;

/**
 * The on-site (简易程序) path, service, execution, remedies, publication and closing: steps and deadlines
 * registered with the engine.
 */
public final class ExecutionSteps {
    private ExecutionSteps() {
    }

    public static List<Step<?>> steps() {
        return steps(ExecutionOptions.defaults());
    }

    public static List<Step<?>> steps(ExecutionOptions options) {
        return List.of(new DecideOnSiteStep(), new FileOnSiteDecisionStep(), new ServeDecisionStep(),
                new RecordPaymentStep(), new FileChallengeStep(), new ConcludeChallengeStep(), new ServeUrgingStep(),
                new ApplyCourtEnforcementStep(options), new PublishStep(options), new WithdrawPublicationStep(),
                new CloseCaseStep(), new ArchiveCaseStep());
    }

    public static List<DeadlineRule> deadlineRules() {
        return deadlineRules(ExecutionOptions.defaults());
    }

    public static List<DeadlineRule> deadlineRules(ExecutionOptions options) {
        return List.of(new OnSiteDeadlines(), new PaymentDeadlines(), new RemedyDeadlines(options),
                new PublicationDeadlines(options), new ChallengeDeadlines());
    }
}
