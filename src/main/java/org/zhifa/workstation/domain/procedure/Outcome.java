package org.zhifa.workstation.domain.procedure;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseRecord;

/** The result of applying a step: the case after it, or the case unchanged and the violations that block it. */
public record Outcome(CaseRecord result, List<Violation> violations) {
    public Outcome {
        violations = List.copyOf(violations);
    }

    public boolean accepted() {
        return violations.stream().noneMatch(Violation::blocks);
    }

    public List<Violation> blocking() {
        return violations.stream().filter(Violation::blocks).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.blocks()).toList();
    }
}
