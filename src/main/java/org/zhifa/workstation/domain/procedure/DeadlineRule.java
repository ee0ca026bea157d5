package org.zhifa.workstation.domain.procedure;

import java.util.List;
import org.zhifa.workstation.domain.cases.CaseRecord;

/** Computes the deadlines one part of the procedure sets for a case. */
public interface DeadlineRule {
    List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx);
}
