package org.zhifa.workstation.domain.procedure.decision;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * 听证通知 (Art 64, R19): served at least 7 working days before the hearing (the action's date is the notice day),
 * a presider who did not investigate the case and has not been recused, at most 2 agents.
 */
final class ScheduleHearingStep extends DecisionStep<ScheduleHearing> {
    ScheduleHearingStep() {
        super(ActionType.HEARING_SCHEDULED, CaseState.HEARING);
    }

    @Override
    public List<Violation> check(CaseRecord c, ScheduleHearing a, RuleContext ctx) {
        List<Violation> v = new ArrayList<>();
        if (a.hearingDate() == null) {
            v.add(Violation.error("R19", "rule.R19.hearingDateMissing"));
        } else {
            Deadline latest = DecisionFacts.workingDaysBefore(ctx.calendar(), a.hearingDate(), HearingRight.NOTICE_DAYS,
                    Texts.tr("deadline.hearingNotice"));
            if (a.date().isAfter(latest.date())) {
                v.add(Violation.error("R19", "rule.R19.noticeTooLate", a.date(), a.hearingDate(), latest.date()));
            }
            latest.warning().ifPresent(w -> v.add(Violation.warning("R19", "decision.provisionalDeadline", latest.description(), w)));
        }
        v.addAll(presider(c, a.presider(), ctx));
        if (a.agents() < 0 || a.agents() > HearingRight.MAX_AGENTS) {
            v.add(Violation.error("R19", "rule.R19.tooManyAgents", a.agents()));
        }
        return v;
    }

    /** The presider is named, took no part in the investigation and was not recused. */
    static List<Violation> presider(CaseRecord c, String presider, RuleContext ctx) {
        if (presider == null || presider.isBlank()) {
            return List.of(Violation.error("R19", "rule.R19.presiderMissing"));
        }
        String name = ctx.officer(presider).map(o -> o.name()).orElse(presider);
        List<Violation> v = new ArrayList<>();
        if (DecisionFacts.investigators(c).contains(presider)) {
            v.add(Violation.error("R19", "rule.R19.presiderInvestigator", name));
        }
        if (Recusals.granted(c, presider)) {
            v.add(Violation.error("R19", "rule.R19.presiderRecused", name));
        }
        return v;
    }

    @Override
    public CaseState next(CaseRecord c, ScheduleHearing a) {
        return CaseState.HEARING;
    }
}
