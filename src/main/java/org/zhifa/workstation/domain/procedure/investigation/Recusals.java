package org.zhifa.workstation.domain.procedure.investigation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ApplyRecusal;
import org.zhifa.workstation.domain.cases.action.DecideRecusal;

/** The 回避 status of each officer named in an application (R3): pending, granted or refused, the latest counting. */
final class Recusals {
    enum Status { PENDING, GRANTED, REFUSED }

    private final Map<String, Status> status;

    private Recusals(Map<String, Status> status) {
        this.status = status;
    }

    static Recusals of(CaseRecord c) {
        Map<String, Status> s = new LinkedHashMap<>();
        for (CaseAction a : c.actions()) {
            if (a instanceof ApplyRecusal r && r.officer() != null) {
                s.put(r.officer(), Status.PENDING);
            } else if (a instanceof DecideRecusal d && d.officer() != null && s.get(d.officer()) == Status.PENDING) {
                s.put(d.officer(), d.granted() ? Status.GRANTED : Status.REFUSED);
            }
        }
        return new Recusals(s);
    }

    boolean pending(String officer) {
        return status.get(officer) == Status.PENDING;
    }

    boolean granted(String officer) {
        return status.get(officer) == Status.GRANTED;
    }

    /** Officers whose application still waits for the 负责人's decision. */
    List<String> pendingOfficers() {
        return status.entrySet().stream().filter(e -> e.getValue() == Status.PENDING).map(Map.Entry::getKey).toList();
    }
}
