package org.zhifa.workstation.domain.procedure.decision;

import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.Step;

/** The steps and deadlines of this part of the procedure, registered with the engine. */
public final class DecisionSteps {
    private DecisionSteps() {
    }

    public static List<Step<?>> steps() {
        return List.of(new SubmitReviewStep(), new ReviewOpinionStep(), new DeliberateStep(), new ServeNoticeStep(),
                new HearRepresentationStep(), new WaiveRepresentationStep(), new RequestHearingStep(),
                new WaiveHearingStep(), new ScheduleHearingStep(), new HoldHearingStep(),
                new ExtendDecisionPeriodStep(), new ExcludePeriodStep(), new DecideStep(), new DecideNoPenaltyStep());
    }

    public static List<DeadlineRule> deadlineRules() {
        return DecisionDeadlines.all();
    }
}
