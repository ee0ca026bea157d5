package org.zhifa.workstation.domain.procedure.execution;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ChallengeKind;
import org.zhifa.workstation.domain.cases.action.FileChallenge;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * R44: while a challenge is pending the authority answers — 复议: written reply, evidence and basis within 10
 * working days of receiving the application copy (复议法 Art 48); 诉讼: evidence, basis and 答辩状 within 15 days of
 * receiving the 起诉状副本 (行诉法 Art 67). No action records the answer yet: the item is shown while the challenge
 * is pending and dropped when it ends.
 */
final class ChallengeDeadlines implements DeadlineRule {
    static final int RECONSIDERATION_ANSWER_WORKING_DAYS = 10;
    static final int LITIGATION_ANSWER_DAYS = 15;

    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        for (FileChallenge f : ExecutionFacts.pendingChallenges(c)) {
            if (f.copyReceivedOn() == null) {
                continue;
            }
            if (f.kind() == ChallengeKind.RECONSIDERATION) {
                String label = Texts.tr("deadline.reconsiderationAnswer");
                items.add(new DeadlineItem("reconsiderationAnswer", label, "R44", f.copyReceivedOn(), ctx.calendar()
                        .workingDaysDeadline(f.copyReceivedOn(), RECONSIDERATION_ANSWER_WORKING_DAYS, label), null));
            } else {
                String label = Texts.tr("deadline.litigationAnswer");
                items.add(new DeadlineItem("litigationAnswer", label, "R44", f.copyReceivedOn(), ctx.calendar()
                        .calendarDaysDeadline(f.copyReceivedOn(), LITIGATION_ANSWER_DAYS, label), null));
            }
        }
        return items;
    }
}
