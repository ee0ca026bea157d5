package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import org.zhifa.workstation.domain.cases.CaseState;

/** One open deadline of one case, for the 待办 list. */
public record TodoItem(String caseNo, String cause, String partyName, CaseState state, DeadlineItem deadline) {

    /** Overdue on the day. */
    public boolean overdue(LocalDate asOf) {
        return deadline.overdue(asOf);
    }
}
