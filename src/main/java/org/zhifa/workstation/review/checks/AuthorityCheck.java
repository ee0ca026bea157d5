package org.zhifa.workstation.review.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.Seize;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Veto (执法主体不合法): a decision on a matter that is not in the catalog or belongs to another authority (R42,
 * Art 38), and 查封/扣押 on a matter that does not give the measure, or only entrusted to the township (R13,
 * 行政强制法 Art 17).
 */
final class AuthorityCheck {
    private AuthorityCheck() {
    }

    static final Check AUTHORITY = new Check() {
        @Override
        public String id() {
            return "AUTHORITY";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            CaseRecord c = in.c();
            List<RawFinding> found = new ArrayList<>();
            CatalogMatter m = c.matter();
            for (CaseAction a : c.actions()) {
                boolean decision = a instanceof Decide || a instanceof DecideOnSite || a instanceof DecideNoPenalty;
                if (decision) {
                    if (m == null) {
                        found.add(new RawFinding(Places.action(a), Texts.tr("review.check.noMatter"), "R42"));
                    } else if (!in.ctx().catalog().containsKey(m.code())) {
                        found.add(new RawFinding(Places.action(a), Texts.tr("review.check.matterNotInCatalog", m.code()), "R42"));
                    } else if (c.authority() != null && m.authorityCode() != null && !m.authorityCode().equals(c.authority().code())) {
                        found.add(new RawFinding(Places.action(a), Texts.tr("review.check.matterOtherAuthority",
                                m.code(), m.authorityCode(), c.authority().code()), "R42"));
                    }
                }
                if (a instanceof Seize && m != null) {
                    if (m.powerSource() == PowerSource.ENTRUSTMENT) {
                        found.add(new RawFinding(Places.action(a), Texts.tr("review.check.seizureEntrusted", m.code()), "R13"));
                    } else if (!m.seizureAllowed()) {
                        found.add(new RawFinding(Places.action(a), Texts.tr("review.check.seizureNotProvided", m.code()), "R13"));
                    }
                }
            }
            return CheckOutcome.of(found);
        }
    };
}
