package org.zhifa.workstation.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.checks.AuditInput;
import org.zhifa.workstation.review.checks.Check;
import org.zhifa.workstation.review.checks.CheckOutcome;
import org.zhifa.workstation.review.checks.Checks;
import org.zhifa.workstation.review.checks.RawFinding;

/**
 * The audit itself, without the store: every automatic item of the rubric runs its check on the case, and each
 * finding is scored.
 *
 * <p>Scoring: a finding of a veto item costs nothing and makes the file 不合格. A finding of a scored item costs the
 * item's deduction, as long as the item's findings have not reached its maxDeduction and the layer its points
 * (卷面 20, 内容 80 by default); findings beyond a cap are still listed, at 0. Score = 100 − deductions, floored
 * at 0. 合格 = no veto finding and score ≥ the pass mark (a setting, default 80).
 */
public final class CaseFileAudit {
    private final Rubric rubric;
    private final AuditSettings settings;

    public CaseFileAudit(Rubric rubric, AuditSettings settings) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Rubric rubric() {
        return rubric;
    }

    public AuditResult audit(AuditInput in) {
        List<Finding> findings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<RubricItem> manual = new ArrayList<>();
        Map<RubricLayer, BigDecimal> layerLeft = new EnumMap<>(RubricLayer.class);
        layerLeft.put(RubricLayer.FORM, rubric.points(RubricLayer.FORM));
        layerLeft.put(RubricLayer.CONTENT, rubric.points(RubricLayer.CONTENT));
        Map<RubricLayer, BigDecimal> deducted = new EnumMap<>(RubricLayer.class);
        deducted.put(RubricLayer.FORM, BigDecimal.ZERO);
        deducted.put(RubricLayer.CONTENT, BigDecimal.ZERO);

        for (RubricItem item : rubric.items()) {
            if (!item.automatic()) {
                manual.add(item);
                continue;
            }
            Check check = Checks.byId(item.check()).orElseThrow();
            CheckOutcome outcome;
            try {
                outcome = check.run(in, item.params());
            } catch (RuntimeException e) {
                outcome = CheckOutcome.skip(Texts.tr("review.skip.failed", e.getClass().getSimpleName(),
                        e.getMessage() == null ? "" : e.getMessage()));
            }
            if (outcome.wasSkipped()) {
                skipped.add(Texts.tr("review.skip.line", item.id(), item.description(), outcome.skipped()));
            }
            BigDecimal itemLeft = item.maxDeduction();
            for (RawFinding raw : outcome.findings()) {
                BigDecimal cost = BigDecimal.ZERO;
                if (item.layer() != RubricLayer.VETO) {
                    cost = item.deduction().min(itemLeft).min(layerLeft.get(item.layer())).max(BigDecimal.ZERO);
                    itemLeft = itemLeft.subtract(cost);
                    layerLeft.merge(item.layer(), cost, BigDecimal::subtract);
                    deducted.merge(item.layer(), cost, BigDecimal::add);
                }
                findings.add(new Finding(item.id(), item.layer(), item.category(), item.description(), item.check(),
                        raw.place(), raw.message(), raw.rule(), cost));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.veto()));
        BigDecimal total = deducted.get(RubricLayer.FORM).add(deducted.get(RubricLayer.CONTENT));
        BigDecimal score = BigDecimal.valueOf(100).subtract(total).max(BigDecimal.ZERO).stripTrailingZeros();
        if (score.scale() < 0) {
            score = score.setScale(0);
        }
        var c = in.c();
        return new AuditResult(c.caseNo(), c.authority() == null ? null : c.authority().code(),
                c.authority() == null ? null : c.authority().name(), c.cause(), rubric.name(), rubric.version(),
                in.asOf(), findings, skipped, manual, deducted.get(RubricLayer.FORM), deducted.get(RubricLayer.CONTENT),
                score, settings.passMark());
    }
}
