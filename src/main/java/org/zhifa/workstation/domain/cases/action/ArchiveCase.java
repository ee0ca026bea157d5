package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 归档 (S11). */
public record ArchiveCase(
        java.time.LocalDate date,
        String actor,
        String archiveNumber) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.ARCHIVED;
    }
}
