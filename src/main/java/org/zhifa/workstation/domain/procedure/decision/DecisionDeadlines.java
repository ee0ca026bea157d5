package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.cases.action.TerminateCase;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.DeadlineRule;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The periods of this part: "representation" (R17), "hearingRequest" (R18), "hearingNotice" (R19), "review" (R15)
 * and "decision" (R22). Each is computed on the latest notice / request / submission it follows.
 */
final class DecisionDeadlines {
    private DecisionDeadlines() {
    }

    static List<DeadlineRule> all() {
        return List.of(DecisionDeadlines::representation, DecisionDeadlines::hearingRequest,
                DecisionDeadlines::hearingNotice, DecisionDeadlines::review, DecisionDeadlines::decision);
    }

    /** 陈述申辩: notice + representationDays working days; met when heard, waived in writing, or decided. */
    static List<DeadlineItem> representation(CaseRecord c, RuleContext ctx) {
        Optional<ServeNotice> n = DecisionFacts.notice(c);
        if (n.isEmpty() || ctx.settings().representationDays() < 1) {
            return List.of();
        }
        String label = Texts.tr("deadline.representation");
        Deadline d = ctx.calendar().workingDaysDeadline(n.get().date(), ctx.settings().representationDays(), label);
        LocalDate met = first(
                DecisionFacts.after(c, n.get(), HearRepresentation.class).stream().map(CaseAction::date),
                DecisionFacts.after(c, n.get(), WaiveRepresentation.class).stream().filter(WaiveRepresentation::written).map(CaseAction::date),
                decisions(c, n.get()));
        return List.of(new DeadlineItem("representation", label, "R17", n.get().date(), d, met));
    }

    /** 听证申请: notice + 5 working days where the party has the right; met by a request, a written waiver, or the decision. */
    static List<DeadlineItem> hearingRequest(CaseRecord c, RuleContext ctx) {
        Optional<ServeNotice> n = DecisionFacts.notice(c);
        if (n.isEmpty() || c.party() == null || !HearingRight.given(n.get(), c.party().kind(), ctx.settings())) {
            return List.of();
        }
        Deadline d = HearingRight.requestDeadline(n.get(), ctx.calendar());
        LocalDate met = first(
                DecisionFacts.after(c, n.get(), RequestHearing.class).stream()
                        .map(r -> r.postmarkDate() != null ? r.postmarkDate() : r.date()),
                DecisionFacts.after(c, n.get(), WaiveHearing.class).stream().filter(WaiveHearing::written).map(CaseAction::date),
                decisions(c, n.get()));
        return List.of(new DeadlineItem("hearingRequest", Texts.tr("deadline.hearingRequest"), "R18", n.get().date(), d, met));
    }

    /** 听证通知: the latest day it may go out, 7 working days before the hearing; met by the notice itself. */
    static List<DeadlineItem> hearingNotice(CaseRecord c, RuleContext ctx) {
        Optional<ScheduleHearing> s = HoldHearingStep.schedule(c);
        if (s.isEmpty() || s.get().hearingDate() == null) {
            return List.of();
        }
        String label = Texts.tr("deadline.hearingNotice");
        Deadline d = DecisionFacts.workingDaysBefore(ctx.calendar(), s.get().hearingDate(), HearingRight.NOTICE_DAYS, label);
        LocalDate start = c.last(RequestHearing.class).map(CaseAction::date).orElse(s.get().date());
        return List.of(new DeadlineItem("hearingNotice", label, "R19", start, d, s.get().date()));
    }

    /** 法制审核: submission + reviewDays working days; met by the opinion. */
    static List<DeadlineItem> review(CaseRecord c, RuleContext ctx) {
        Optional<SubmitReview> s = c.last(SubmitReview.class);
        if (s.isEmpty() || ctx.settings().reviewDays() < 1) {
            return List.of();
        }
        String label = Texts.tr("deadline.review");
        Deadline d = ctx.calendar().workingDaysDeadline(s.get().date(), ctx.settings().reviewDays(), label);
        LocalDate met = DecisionFacts.after(c, s.get(), RecordReviewOpinion.class).stream()
                .map(CaseAction::date).findFirst().orElse(null);
        return List.of(new DeadlineItem("review", label, "R15", s.get().date(), d, met));
    }

    /** 办案期限 (R22): 立案 + 90 days + extensions + excluded days; met by a decision or by the case ending otherwise. */
    static List<DeadlineItem> decision(CaseRecord c, RuleContext ctx) {
        Optional<Deadline> d = DecisionPeriod.deadline(c, ctx.calendar());
        if (d.isEmpty()) {
            return List.of();
        }
        LocalDate filed = DecisionFacts.filedOn(c).orElseThrow();
        LocalDate met = c.actions().stream()
                .filter(a -> a instanceof Decide || a instanceof DecideNoPenalty || a instanceof DecideOnSite
                        || a instanceof WithdrawCase || a instanceof TerminateCase || a instanceof Transfer)
                .map(CaseAction::date).filter(x -> !x.isBefore(filed)).findFirst().orElse(null);
        return List.of(new DeadlineItem("decision", Texts.tr("deadline.decision"), "R22", filed, d.get(), met));
    }

    private static Stream<LocalDate> decisions(CaseRecord c, ServeNotice n) {
        List<LocalDate> dates = new ArrayList<>();
        DecisionFacts.after(c, n, Decide.class).forEach(d -> dates.add(d.date()));
        DecisionFacts.after(c, n, DecideNoPenalty.class).forEach(d -> dates.add(d.date()));
        return dates.stream();
    }

    @SafeVarargs
    private static LocalDate first(Stream<LocalDate>... candidates) {
        return Stream.of(candidates).flatMap(s -> s).min(LocalDate::compareTo).orElse(null);
    }
}
