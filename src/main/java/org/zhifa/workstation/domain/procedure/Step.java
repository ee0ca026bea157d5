package org.zhifa.workstation.domain.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;

/**
 * One kind of procedural step: where it may be taken from, its gates, and where it leads.
 *
 * @param <A> the action that takes the step
 */
public interface Step<A extends CaseAction> {
    ActionType type();

    /** The states the case may be in when the step is taken. */
    Set<CaseState> from();

    /**
     * Gates that depend only on the case and the day (the case's data, windows, approvals): what the officer is
     * shown as "blocks the next step" before filling anything in.
     */
    List<Violation> preconditions(CaseRecord c, LocalDate on, RuleContext ctx);

    /** Gates on the action's own content. */
    List<Violation> check(CaseRecord c, A action, RuleContext ctx);

    /** The state the case is in after the action. */
    CaseState next(CaseRecord c, A action);

    /** The state after the action when it depends on the context (the calendar, settings); defaults to {@link #next(CaseRecord, CaseAction)}. */
    default CaseState next(CaseRecord c, A action, RuleContext ctx) {
        return next(c, action);
    }

    /** Whether the step is offered in the case's list of next steps (side steps such as adding evidence may say no). */
    default boolean offered(CaseRecord c) {
        return true;
    }
}
