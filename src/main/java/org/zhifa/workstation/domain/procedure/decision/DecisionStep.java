package org.zhifa.workstation.domain.procedure.decision;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.BaseStep;

/** Common plumbing of the decision steps: the type, the states it starts from, no day gates by default. */
abstract class DecisionStep<A extends CaseAction> extends BaseStep<A> {

    DecisionStep(ActionType type, CaseState first, CaseState... rest) {
        super(type, first, rest);
    }

    /** For the side steps that leave the state as it is. */
    @Override
    public CaseState next(CaseRecord c, A action) {
        return c.state();
    }
}
