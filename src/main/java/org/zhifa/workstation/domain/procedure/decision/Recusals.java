package org.zhifa.workstation.domain.procedure.decision;

import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.DecideRecusal;

/** 回避 applications against one officer and their decisions (R19: the hearing presider). */
final class Recusals {
    private Recusals() {
    }

    /** The first application against the officer with no decision after it. */
    static Optional<ApplyRecusal> pending(CaseRecord c, String officer) {
        for (ApplyRecusal a : c.all(ApplyRecusal.class)) {
            if (officer.equals(a.officer()) && decision(c, a).isEmpty()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether a decision granted the 回避 of the officer. */
    static boolean granted(CaseRecord c, String officer) {
        return c.all(DecideRecusal.class).stream().anyMatch(d -> officer.equals(d.officer()) && d.granted());
    }

    private static Optional<DecideRecusal> decision(CaseRecord c, ApplyRecusal a) {
        List<DecideRecusal> after = DecisionFacts.after(c, a, DecideRecusal.class);
        return after.stream().filter(d -> a.officer().equals(d.officer())).findFirst();
    }
}
