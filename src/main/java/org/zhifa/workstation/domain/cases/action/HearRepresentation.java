package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 陈述申辩 heard; every point gets a ruling and a reason (R21). */
public record HearRepresentation(
        java.time.LocalDate date,
        String actor,
        java.util.List<RepresentationPoint> points) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.REPRESENTATION_HEARD;
    }
}
