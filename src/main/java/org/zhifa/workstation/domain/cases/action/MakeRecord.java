package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** A 现场检查(勘验)笔录 or 询问笔录 made by the officers (R1, R2, R3). */
public record MakeRecord(
        java.time.LocalDate date,
        String actor,
        RecordKind kind,
        java.util.List<String> officers,
        String recorder,
        java.time.LocalDateTime start,
        java.time.LocalDateTime end,
        String place,
        boolean certificatesShown,
        boolean recusalRightExplained,
        String subjectName,
        String summary) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.RECORD;
    }
}
