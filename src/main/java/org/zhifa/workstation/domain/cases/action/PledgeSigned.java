package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 告知承诺: the party was informed and signed the 承诺书 to correct by the deadline. */
public record PledgeSigned(
        java.time.LocalDate date,
        String actor,
        java.time.LocalDate correctionDeadline) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PLEDGE_SIGNED;
    }
}
