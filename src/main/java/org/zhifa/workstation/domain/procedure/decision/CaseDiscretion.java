package org.zhifa.workstation.domain.procedure.decision;

import java.math.BigDecimal;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.discretion.DiscretionEngine;
import org.zhifa.workstation.domain.discretion.DiscretionRequest;
import org.zhifa.workstation.domain.discretion.DiscretionResult;

/**
 * The discretion engine applied to a case: its matter, its party's kind, the circumstances of the latest
 * 调查终结报告 and, when none is given, the report's departure reason. The decision form uses it to prefill the
 * discretion statement (R23); the DECIDED step uses it for R11.
 */
public final class CaseDiscretion {
    private CaseDiscretion() {
    }

    /** The assessment of a proposed fine (null: the suggestion); the case must have a matter. */
    public static DiscretionResult assess(CaseRecord c, BigDecimal fine, String departureReason) {
        String reason = departureReason != null && !departureReason.isBlank() ? departureReason
                : DecisionFacts.conclusion(c).map(ConcludeInvestigation::departureReason).orElse(null);
        return DiscretionEngine.assess(DiscretionRequest.of(c.matter(), c.party() == null ? null : c.party().kind(),
                DecisionFacts.circumstances(c)).proposing(fine).withDepartureReason(reason));
    }
}
