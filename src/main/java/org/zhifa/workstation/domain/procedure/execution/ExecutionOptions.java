package org.zhifa.workstation.domain.procedure.execution;

/**
 * Local choices of this part that {@code ProcedureSettings} does not (yet) hold (domain.md §11): kept as
 * parameters with defaults, never as constants in the rules.
 *
 * @param onSiteRemedyDays       the party's remedy period for a 复议前置 on-site decision, in days after receipt
 *                               (复议法 Art 20: 60 days; "复议前置 court window" is a setting for legal counsel)
 * @param publishOnSiteDecisions whether on-site decisions fall within the 公示 scope (R33; default: only
 *                               general-procedure decisions)
 */
public record ExecutionOptions(int onSiteRemedyDays, boolean publishOnSiteDecisions) {

    public ExecutionOptions {
        if (onSiteRemedyDays < 1) {
            throw new IllegalArgumentException("onSiteRemedyDays must be positive: " + onSiteRemedyDays);
        }
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(60, false);
    }
}
