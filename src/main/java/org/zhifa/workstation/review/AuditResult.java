package org.zhifa.workstation.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit of one case file: every finding with its place and cost, the score (100 − deductions, floored at 0),
 * and the verdict: 合格 when no veto item was found and the score reaches the pass mark.
 *
 * @param caseNo        the case
 * @param authorityCode its authority (执法主体)
 * @param authorityName the authority's name (the township, for a township's cases)
 * @param cause         案由
 * @param rubricName    the rubric applied
 * @param rubricVersion its version
 * @param asOf          the day the audit judged open deadlines on
 * @param findings      every finding, veto findings first, then by item
 * @param skipped       the checks that could not run and why ("F03：…未生成文书，未检查")
 * @param manualItems   the items only a person can judge, listed for the reviewer
 * @param formDeducted  points deducted in 卷面
 * @param contentDeducted points deducted in 内容
 * @param score         100 − the deductions, at least 0
 * @param passMark      the pass mark of the settings
 */
public record AuditResult(String caseNo, String authorityCode, String authorityName, String cause, String rubricName,
                          String rubricVersion, LocalDate asOf, List<Finding> findings, List<String> skipped,
                          List<RubricItem> manualItems, BigDecimal formDeducted, BigDecimal contentDeducted,
                          BigDecimal score, BigDecimal passMark) {

    public AuditResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        manualItems = List.copyOf(manualItems);
    }

    /** Whether any veto item was found: the file is 不合格 whatever its score. */
    public boolean vetoed() {
        return findings.stream().anyMatch(Finding::veto);
    }

    /** 合格: no veto, and the score reaches the pass mark. */
    public boolean passed() {
        return !vetoed() && score.compareTo(passMark) >= 0;
    }

    public List<Finding> vetoFindings() {
        return findings.stream().filter(Finding::veto).toList();
    }

    /** The scored findings (卷面 and 内容): warnings before 报送审核, deductions in the score. */
    public List<Finding> scoredFindings() {
        return findings.stream().filter(f -> !f.veto()).toList();
    }

    public BigDecimal deducted() {
        return formDeducted.add(contentDeducted);
    }
}
