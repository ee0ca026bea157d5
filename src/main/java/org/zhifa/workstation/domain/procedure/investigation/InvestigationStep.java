package org.zhifa.workstation.domain.procedure.investigation;

import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.procedure.BaseStep;

/** Common plumbing of the investigation steps: the type, the states it starts from, no day gates by default. */
abstract class InvestigationStep<A extends CaseAction> extends BaseStep<A> {

    InvestigationStep(ActionType type, CaseState first, CaseState... rest) {
        super(type, first, rest);
    }

    /** An investigative act moves a filed case into 调查取证; in any other state the case stays where it is. */
    static CaseState investigating(CaseRecord c) {
        return c.state() == CaseState.FILED ? CaseState.INVESTIGATING : c.state();
    }
}
