package org.zhifa.workstation.domain.cases;

/** What the 调查终结报告 proposes (Art 57). */
public enum InvestigationOutcome {
    PENALTY, NO_PENALTY, TRANSFER_JUDICIAL
}
