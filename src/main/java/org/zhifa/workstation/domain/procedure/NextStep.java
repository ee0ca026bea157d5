package org.zhifa.workstation.domain.procedure;

import java.util.List;
import org.zhifa.workstation.domain.cases.ActionType;

/** A step the case could take next, with what blocks it today (empty when it is allowed). */
public record NextStep(ActionType type, List<Violation> blocking, List<Violation> warnings) {
    public NextStep {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
    }

    public boolean allowed() {
        return blocking.isEmpty();
    }
}
