package org.zhifa.workstation.review.checks;

import java.util.Map;

/**
 * One automatic check of the 案卷评查 rubric. A rubric item names its check by {@link #id()} and may pass it
 * parameters (the deadlines it scores, a minimum length …).
 */
public interface Check {
    /** The name a rubric item uses for this check (upper case, e.g. OFFICER_COUNT). */
    String id();

    CheckOutcome run(AuditInput in, Map<String, Object> params);
}
