package org.zhifa.workstation.domain.procedure.execution;

import java.util.List;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.Step;

/** The steps and deadlines of this part of the procedure, registered with the engine. */
public final class ExecutionSteps {
    private ExecutionSteps() {
    }

    public static List<Step<?>> steps() {
        return List.of();
    }

    public static List<DeadlineRule> deadlineRules() {
        return List.of();
    }
}
