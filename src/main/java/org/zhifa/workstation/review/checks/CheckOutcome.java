package org.zhifa.workstation.review.checks;

import java.util.List;

/**
 * The result of one check on one case: its findings, or — when the check could not run (no documents produced,
 * say) — a note saying why it was skipped.
 */
public record CheckOutcome(List<RawFinding> findings, String skipped) {

    public CheckOutcome {
        findings = List.copyOf(findings);
    }

    public static CheckOutcome of(List<RawFinding> findings) {
        return new CheckOutcome(findings, null);
    }

    public static CheckOutcome skip(String note) {
        return new CheckOutcome(List.of(), note);
    }

    public boolean wasSkipped() {
        return skipped != null;
    }
}
