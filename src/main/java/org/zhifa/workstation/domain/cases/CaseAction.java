package org.zhifa.workstation.domain.cases;

import java.time.LocalDate;

/**
 * One step taken in a case. A case's procedural history is the list of its actions; its state is what the
 * {@link ProcedureEngine} derives from them. Every action records the day it happened and the officer who
 * recorded it (officer code).
 */
public interface CaseAction {
    LocalDate date();

    String actor();

    ActionType type();
}
