package org.zhifa.workstation.domain.procedure;

import org.zhifa.workstation.domain.text.Texts;

/**
 * A rule a step breaks: the rule number of domain.md (R1–R45), the article in Chinese, and a message for the
 * officer. ERROR blocks the step; WARNING lets it through and is shown.
 */
public record Violation(String rule, String article, String message, Severity severity) {

    /** A blocking violation whose article and message come from the bundle keys "rule.{rule}.article" and {@code messageKey}. */
    public static Violation error(String rule, String messageKey, Object... args) {
        return new Violation(rule, Texts.tr("rule." + rule + ".article"), Texts.tr(messageKey, args), Severity.ERROR);
    }

    /** A warning; same keys as {@link #error}. */
    public static Violation warning(String rule, String messageKey, Object... args) {
        return new Violation(rule, Texts.tr("rule." + rule + ".article"), Texts.tr(messageKey, args), Severity.WARNING);
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }

    /** One line for a person: "R17（《行政处罚法》第六十二条）：…". */
    public String describe() {
        return Texts.tr("violation.line", rule, article, message);
    }
}
