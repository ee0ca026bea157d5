package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** The 负责人 decides a 回避 application (Art 43). */
public record DecideRecusal(
        java.time.LocalDate date,
        String actor,
        String officer,
        String decidedBy,
        boolean granted) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.RECUSAL_DECIDED;
    }
}
