package org.zhifa.workstation.domain.procedure.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.ConcludeChallenge;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.WithdrawPublication;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * "publication": 公示 within settings.publicationDays working days of a decision in scope; "publicationWithdrawal":
 * withdrawal within 3 working days after a 复议/诉讼 changed, revoked or found the decision unlawful or void while
 * it was published (Art 48, R33).
 */
final class PublicationDeadlines implements DeadlineRule {
    private final ExecutionOptions options;

    PublicationDeadlines(ExecutionOptions options) {
        this.options = options;
    }

    @Override
    public List<DeadlineItem> deadlines(CaseRecord c, RuleContext ctx) {
        List<DeadlineItem> items = new ArrayList<>();
        if (ExecutionFacts.penalty(c).isEmpty()) {
            return items;
        }
        LocalDate decided = ExecutionFacts.decisionDate(c).orElseThrow();
        if (PublishStep.inScope(c, options)) {
            String label = Texts.tr("deadline.publication");
            LocalDate published = c.all(Publish.class).stream().map(Publish::date)
                    .filter(d -> !d.isBefore(decided)).findFirst().orElse(null);
            items.add(new DeadlineItem("publication", label, "R33", decided,
                    ctx.calendar().workingDaysDeadline(decided, ctx.settings().publicationDays(), label), published));
        }
        boolean live = false;
        DeadlineItem pending = null;
        String label = Texts.tr("deadline.publicationWithdrawal");
        for (CaseAction a : c.actions()) {
            if (a instanceof Publish) {
                live = true;
            } else if (a instanceof WithdrawPublication w) {
                live = false;
                if (pending != null) {
                    items.add(met(pending, w.date()));
                    pending = null;
                }
            } else if (a instanceof ConcludeChallenge k && live && pending == null
                    && ExecutionFacts.WITHDRAWAL_RESULTS.contains(k.result())) {
                pending = new DeadlineItem("publicationWithdrawal", label, "R33", k.date(), ctx.calendar()
                        .workingDaysDeadline(k.date(), WithdrawPublicationStep.WITHDRAWAL_WORKING_DAYS, label), null);
            }
        }
        if (pending != null) {
            items.add(pending);
        }
        return items;
    }

    private static DeadlineItem met(DeadlineItem i, LocalDate on) {
        return new DeadlineItem(i.key(), i.label(), i.rule(), i.start(), i.deadline(), on);
    }
}
