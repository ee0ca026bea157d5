package org.zhifa.workstation.domain.procedure.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * R26 当场收缴 (Arts 67–71). Allowed only (a) on a 简易程序 decision with a fine of at most ¥100 or when it would
 * be hard to collect later (Art 68), or (b) on any fine decision in a remote, water or poorly connected area at
 * the party's request (Art 69); a 财政 receipt is always issued (Art 70). Otherwise 罚缴分离 (Art 67).
 */
public final class OnSiteCollection {
    public static final BigDecimal SMALL_FINE = new BigDecimal("100.00");

    private OnSiteCollection() {
    }

    /**
     * @param summaryDecision whether the fine was decided under the 简易程序
     * @param fine            the fine collected
     */
    public static List<Violation> check(boolean summaryDecision, BigDecimal fine, boolean hardToCollectLater,
                                        boolean remoteArea, boolean partyRequested, String receiptNumber) {
        List<Violation> v = new ArrayList<>();
        if (fine == null || fine.signum() <= 0) {
            v.add(Violation.error("R26", "rule.R26.nothingToCollect"));
            return v;
        }
        boolean caseA = summaryDecision && (fine.compareTo(SMALL_FINE) <= 0 || hardToCollectLater);
        boolean caseB = remoteArea && partyRequested;
        if (!caseA && !caseB) {
            v.add(Violation.error("R26", "rule.R26.collectionNotAllowed", ExecutionFacts.yuan(fine)));
        }
        if (ExecutionFacts.blank(receiptNumber)) {
            v.add(Violation.error("R26", "rule.R26.receiptMissing"));
        }
        return v;
    }
}
