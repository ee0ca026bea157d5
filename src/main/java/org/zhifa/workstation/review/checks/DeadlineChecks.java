package org.zhifa.workstation.review.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Statutory periods (§6: late 立案, 先行登记保存 not resolved in time, …): every deadline the procedure engine computes
 * for the case whose key the rubric item lists (parameter {@code deadlines}) and that was met late, or is still open
 * after its last day on the day of the audit, is a finding. The party's own periods (payment, remedies, the
 * 陈述申辩 window) are never listed: they bind the party, not the authority.
 */
final class DeadlineChecks {
    private DeadlineChecks() {
    }

    static final Check DEADLINE = new Check() {
        @Override
        public String id() {
            return "DEADLINE";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            List<String> keys = new ArrayList<>();
            if (params.get("deadlines") instanceof List<?> list) {
                list.forEach(k -> keys.add(String.valueOf(k)));
            }
            List<RawFinding> found = new ArrayList<>();
            for (DeadlineItem d : in.deadlines()) {
                if (!keys.contains(d.key()) || !d.overdue(in.asOf())) {
                    continue;
                }
                LocalDate due = d.deadline().date();
                String place = Texts.tr("review.place.deadline", d.label());
                String message = d.metOn() == null
                        ? Texts.tr("review.check.deadlineOpen", d.label(), due, in.asOf())
                        : Texts.tr("review.check.deadlineLate", d.label(), due, d.metOn());
                found.add(new RawFinding(place, message, d.rule()));
            }
            return CheckOutcome.of(found);
        }
    };
}
