package org.zhifa.workstation.domain.procedure.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.cases.action.PledgeSigned;
import org.zhifa.workstation.domain.cases.action.PledgeVerified;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "correction": the deadline a 责令改正通知书 (or a signed 承诺书) sets, as written there. Met by the next re-check
 * after the order: an inspection record, the pledge re-check, or the 调查终结.
 */
final class CorrectionDeadline implements DeadlineRule {
    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        List<CaseAction> actions = c.actions();
        String label = Texts.tr("deadline.correction");
        for (int i = 0; i < actions.size(); i++) {
            LocalDate due = switch (actions.get(i)) {
                case OrderCorrection o -> o.deadline();
                case PledgeSigned p -> p.correctionDeadline();
                default -> null;
            };
            if (due == null) {
                continue;
            }
            LocalDate met = null;
            for (CaseAction later : actions.subList(i + 1, actions.size())) {
                if ((later instanceof MakeRecord r && r.kind() == RecordKind.INSPECTION)
                        || later instanceof PledgeVerified || later instanceof ConcludeInvestigation) {
                    met = later.date();
                    break;
                }
            }
            LocalDate start = actions.get(i).date();
            items.add(new DeadlineItem("correction", label, "PRE", start,
                    Deadline.firm(due, Texts.tr("deadline.correction.description", label, start, due)), met));
        }
        return items;
    }
}
