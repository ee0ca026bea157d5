package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 告知承诺 re-check: corrected (→ 不予处罚) or not (→ the case must be filed). */
public record PledgeVerified(
        java.time.LocalDate date,
        String actor,
        boolean corrected,
        java.util.List<String> officers) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.PLEDGE_VERIFIED;
    }
}
