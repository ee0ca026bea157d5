package org.zhifa.workstation.review.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.discretion.DiscretionIssue;
import org.zhifa.workstation.domain.discretion.DiscretionResult;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.procedure.decision.CaseDiscretion;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 裁量: the decision states the benchmark it applied (Art 34, R23; the seed 002 defect "未在行政处罚决定书中对适用裁量权
 * 基准的情况进行明确"), and the penalty lies in the statutory range and the benchmark tier (R11).
 */
final class DiscretionChecks {
    private DiscretionChecks() {
    }

    /** The statement names the benchmark (and its version when it has one) and the tier applied. */
    static final Check STATEMENT = new Check() {
        @Override
        public String id() {
            return "DISCRETION_STATEMENT";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<RawFinding> found = new ArrayList<>();
            CatalogMatter m = in.c().matter();
            for (Decide d : in.c().all(Decide.class)) {
                String s = d.discretionStatement();
                if (Places.blank(s)) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.discretionMissing"), "R23"));
                    continue;
                }
                List<String> missing = new ArrayList<>();
                if (m != null && !Places.blank(m.benchmarkName()) && !s.contains(m.benchmarkName())) {
                    missing.add(Texts.tr("review.check.discretion.benchmark", m.benchmarkName()));
                }
                if (m != null && !Places.blank(m.benchmarkName()) && !Places.blank(m.benchmarkVersion())
                        && !s.contains(m.benchmarkVersion())) {
                    missing.add(Texts.tr("review.check.discretion.version", m.benchmarkVersion()));
                }
                boolean tierNamed = false;
                for (TierLevel t : TierLevel.values()) {
                    if (t != TierLevel.NO_PENALTY && s.contains(Texts.label(t))) {
                        tierNamed = true;
                    }
                }
                if (!tierNamed) {
                    missing.add(Texts.tr("review.check.discretion.tier"));
                }
                if (!missing.isEmpty()) {
                    found.add(new RawFinding(Places.action(d), Texts.tr("review.check.discretionSilent",
                            String.join(Texts.tr("review.list.separator"), missing)), "R23"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    /** The penalty types the matter provides; the fine in the statutory range; the tier kept or the departure reasoned. */
    static final Check RANGE = new Check() {
        @Override
        public String id() {
            return "PENALTY_RANGE";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<RawFinding> found = new ArrayList<>();
            CaseRecord c = in.c();
            CatalogMatter m = c.matter();
            if (m == null) {
                return CheckOutcome.of(found);
            }
            for (Decide d : c.all(Decide.class)) {
                if (d.penalty() == null) {
                    continue;
                }
                Set<PenaltyType> types = d.penalty().types() == null ? Set.of() : d.penalty().types();
                for (PenaltyType t : types) {
                    if (!m.penaltyTypes().isEmpty() && !m.penaltyTypes().contains(t)) {
                        found.add(new RawFinding(Places.action(d), Texts.tr("review.check.typeNotProvided",
                                Texts.label(t), m.penaltyProvision()), "R11"));
                    }
                }
                DiscretionResult r;
                try {
                    r = CaseDiscretion.assess(c, d.penalty().fine(), d.departureReason());
                } catch (RuntimeException e) {
                    continue;
                }
                for (DiscretionIssue issue : r.issues()) {
                    String message = switch (issue) {
                        case ABOVE_STATUTORY_MAX -> Texts.tr("review.check.aboveMaximum", Yuan.format(r.statutoryMax()));
                        case BELOW_STATUTORY_MIN -> Texts.tr("review.check.belowMinimum", Yuan.format(r.statutoryMin()));
                        case MITIGATION_REQUIRED -> Texts.tr("review.check.mitigationRequired");
                        case NO_PENALTY_MANDATORY -> Texts.tr("review.check.noPenaltyMandatory");
                        case OUTSIDE_TIER -> r.departureReasonMissing()
                                ? Texts.tr("review.check.outsideTier", Yuan.format(r.rangeMin()), Yuan.format(r.rangeMax())) : null;
                    };
                    if (message != null) {
                        found.add(new RawFinding(Places.action(d), message, "R11"));
                    }
                }
            }
            return CheckOutcome.of(found);
        }
    };
}
