package org.zhifa.workstation.domain.procedure.investigation;

import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.Step;

/** The steps and deadlines of this part of the procedure, registered with the engine. */
public final class InvestigationSteps {
    private InvestigationSteps() {
    }

    public static List<Step<?>> steps() {
        return List.of();
    }

    public static List<DeadlineRule> deadlineRules() {
        return List.of();
    }
}
