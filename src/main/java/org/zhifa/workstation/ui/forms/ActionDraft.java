package org.zhifa.workstation.ui.forms;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseAction;

/**
 * The actions a submitted form stands for, produced off the FX thread (storing dropped evidence files takes a
 * moment). Most forms give one action ready-made.
 */
@FunctionalInterface
public interface ActionDraft {
    List<CaseAction> actions() throws Exception;

    static ActionDraft of(CaseAction action) {
        return () -> List.of(action);
    }
}
