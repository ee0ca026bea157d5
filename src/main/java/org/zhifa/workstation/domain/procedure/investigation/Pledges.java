package org.zhifa.workstation.domain.procedure.investigation;

import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.PledgeSigned;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;

/** The 告知承诺 track: the signed pledge still waiting for its re-check. */
final class Pledges {
    private Pledges() {
    }

    static Optional<PledgeSigned> pending(CaseRecord c) {
        PledgeSigned open = null;
        for (CaseAction a : c.actions()) {
            if (a instanceof PledgeSigned p) {
                open = p;
            } else if (a instanceof PledgeVerified) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }
}
