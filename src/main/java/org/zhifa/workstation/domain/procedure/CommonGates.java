package org.zhifa.workstation.domain.procedure;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;

/** Gates every action passes: a date, a known officer, and no action dated before the one it follows. */
final class CommonGates {
    private CommonGates() {
    }

    static List<Violation> check(CaseRecord c, CaseAction a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.date() == null) {
            v.add(Violation.error("PROC", "procedure.noDate"));
            return v;
        }
        if (a.actor() != null && ctx.officer(a.actor()).isEmpty()) {
            v.add(Violation.error("PROC", "procedure.unknownOfficer", a.actor()));
        }
        if (!c.actions().isEmpty() && a.date().isBefore(c.actions().getLast().date())) {
            v.add(Violation.error("PROC", "procedure.outOfOrder", a.date(), c.actions().getLast().date()));
        }
        if (c.discoveredOn() != null && a.date().isBefore(c.discoveredOn())) {
            v.add(Violation.error("PROC", "procedure.beforeDiscovery", a.date(), c.discoveredOn()));
        }
        return v;
    }
}
