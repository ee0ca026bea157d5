package org.zhifa.workstation.domain.procedure.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * R17: the party's rights before a penalty decision, judged on the latest 告知书 and what followed it.
 * <ol type="a">
 *   <li>a 告知书 was served;</li>
 *   <li>陈述申辩: the window (settings.representationDays working days) is over — the decision falls after its last
 *       day — or the party waived in writing, or was heard with every point ruled (also at a hearing the party
 *       attended with a signed record);</li>
 *   <li>where the party has the hearing right: the 5-working-day request window is over with no request, or the
 *       right was waived in writing (a waiver of 陈述申辩 does not waive it), or the hearing requested was held with
 *       a signed record, or the party stayed away without good reason.</li>
 * </ol>
 */
final class PartyRights {
    private PartyRights() {
    }

    static List<Violation> check(CaseRecord c, LocalDate on, RuleContext ctx) {
        Optional<ServeNotice> found = DecisionFacts.notice(c);
        if (found.isEmpty()) {
            return List.of(Violation.error("R17", "rule.R17.noticeNotServed"));
        }
        ServeNotice notice = found.get();
        List<Violation> v = new ArrayList<>();
        representation(c, notice, on, ctx, v);
        if (c.party() != null && HearingRight.given(notice, c.party().kind(), ctx.settings())) {
            hearing(c, notice, on, ctx, v);
        }
        return v;
    }

    private static void representation(CaseRecord c, ServeNotice notice, LocalDate on, RuleContext ctx, List<Violation> v) {
        boolean waived = DecisionFacts.after(c, notice, WaiveRepresentation.class).stream().anyMatch(WaiveRepresentation::written);
        boolean heardAtHearing = DecisionFacts.after(c, notice, HoldHearing.class).stream()
                .anyMatch(h -> !h.partyAbsentWithoutReason() && h.recordSigned());
        List<HearRepresentation> heard = DecisionFacts.after(c, notice, HearRepresentation.class);
        if (heard.stream().anyMatch(h -> !allRuled(h.points()))) {
            v.add(Violation.error("R17", "rule.R17.representationPointsUnruled"));
            return;
        }
        if (waived || heardAtHearing || !heard.isEmpty()) {
            return;
        }
        int days = ctx.settings().representationDays();
        if (days < 1) {
            return;
        }
        Deadline window = ctx.calendar().workingDaysDeadline(notice.date(), days, Texts.tr("deadline.representation"));
        if (!on.isAfter(window.date())) {
            v.add(Violation.error("R17", "rule.R17.representationWindowOpen", window.date(), notice.date(), days));
        }
        window.warning().ifPresent(w -> v.add(Violation.warning("R17", "decision.provisionalDeadline", window.description(), w)));
    }

    private static void hearing(CaseRecord c, ServeNotice notice, LocalDate on, RuleContext ctx, List<Violation> v) {
        List<RequestHearing> requests = DecisionFacts.after(c, notice, RequestHearing.class);
        if (!requests.isEmpty()) {
            RequestHearing request = requests.getLast();
            List<HoldHearing> held = DecisionFacts.after(c, request, HoldHearing.class);
            if (held.isEmpty()) {
                v.add(Violation.error("R17", "rule.R17.hearingNotHeld", request.date()));
            } else if (held.stream().noneMatch(h -> h.partyAbsentWithoutReason() || h.recordSigned())) {
                v.add(Violation.error("R17", "rule.R17.hearingRecordUnsigned"));
            }
            return;
        }
        if (DecisionFacts.after(c, notice, WaiveHearing.class).stream().anyMatch(WaiveHearing::written)) {
            return;
        }
        Deadline window = HearingRight.requestDeadline(notice, ctx.calendar());
        if (!on.isAfter(window.date())) {
            v.add(Violation.error("R17", "rule.R17.hearingWindowOpen", window.date(), notice.date()));
        }
        window.warning().ifPresent(w -> v.add(Violation.warning("R17", "decision.provisionalDeadline", window.description(), w)));
    }

    /** R21: every point has a ruling and a reason. */
    static boolean allRuled(List<RepresentationPoint> points) {
        return points != null && !points.isEmpty() && points.stream()
                .allMatch(p -> p != null && p.adopted() != null && p.reason() != null && !p.reason().isBlank());
    }
}
