package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 线索登记 (S0): the lead is recorded; the case header carries source, dates, place, matter and party. */
public record Register(
        java.time.LocalDate date,
        String actor) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.REGISTER;
    }
}
