package org.zhifa.workstation.ui.casepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.Register;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The stages of the stepper across the top of the case page, derived from the case's actions:
 * 普通程序 登记 → 立案 → 调查取证 → 审查 → 告知 → 听证 (when the party has or used the hearing right) → 决定 → 送达 →
 * 执行 → 结案 → 归档; 简易程序 登记 → 当场处罚 → 备案 → 执行 → 结案. A stage is done when its action was taken; the
 * first stage not done is the current one; a stage passed over (e.g. 执行 of a warning) shows as skipped.
 */
public final class Stages {

    public enum Status { DONE, CURRENT, TODO, SKIPPED }

    /**
     * One stage: a stable key (ids {@code stage-<key>}), its label, its status, the step that completes it (for
     * "what blocks the next step") and, for the current stage, the first thing that blocks that step today.
     */
    public record Stage(String key, String label, Status status, ActionType step, Violation blockedBy) {
        public boolean blocked() {
            return blockedBy != null;
        }
    }

    private record Def(String key, String label, ActionType step, Predicate<CaseRecord> done) {
    }

    private Stages() {
    }

    /** The stages of the case; nextSteps (may be empty) tell what blocks the current stage's step today. */
    public static List<Stage> of(CaseRecord c, List<NextStep> nextSteps) {
        List<Def> defs = c.procedure() == ProcedureKind.SUMMARY ? summary() : general(c);
        int lastDone = -1;
        boolean[] done = new boolean[defs.size()];
        for (int i = 0; i < defs.size(); i++) {
            done[i] = defs.get(i).done().test(c);
            if (done[i]) {
                lastDone = i;
            }
        }
        int current = -1;
        boolean stopped = c.state().isFinished() && c.state() != CaseState.CLOSED && c.state() != CaseState.ARCHIVED;
        if (c.state() == CaseState.TRANSFERRED) {
            current = indexOf(defs, "close");
            lastDone = Math.max(lastDone, current - 1);
        } else if (!stopped) {
            for (int i = 0; i < defs.size(); i++) {
                if (!done[i] && i > lastDone) {
                    current = i;
                    break;
                }
            }
            if (current < 0) {
                for (int i = 0; i < defs.size(); i++) {
                    if (!done[i]) {
                        current = i;
                        break;
                    }
                }
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            Def d = defs.get(i);
            Status s;
            if (done[i]) {
                s = Status.DONE;
            } else if (i == current) {
                s = Status.CURRENT;
            } else if (i < lastDone || (current >= 0 && i < current)) {
                s = Status.SKIPPED;
            } else {
                s = Status.TODO;
            }
            Violation blocked = s == Status.CURRENT ? blockedBy(d.step(), nextSteps).orElse(null) : null;
            stages.add(new Stage(d.key(), d.label(), s, d.step(), blocked));
        }
        return stages;
    }

    private static int indexOf(List<Def> defs, String key) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Violation> blockedBy(ActionType step, List<NextStep> next) {
        return next.stream().filter(n -> n.type() == step && !n.allowed())
                .map(n -> n.blocking().getFirst()).findFirst();
    }

    private static List<Def> general(CaseRecord c) {
        List<Def> d = new ArrayList<>();
        d.add(new Def("register", Texts.tr("ui.stage.register"), ActionType.REGISTER, r -> r.has(Register.class)
                || !r.actions().isEmpty()));
        d.add(new Def("file", Texts.tr("ui.stage.file"), ActionType.FILE, r -> r.has(FileCase.class)));
        d.add(new Def("investigate", Texts.tr("ui.stage.investigate"), ActionType.INVESTIGATION_CONCLUDED,
                r -> r.has(ConcludeInvestigation.class)));
        d.add(new Def("review", Texts.tr("ui.stage.review"), ActionType.NOTICE_SERVED,
                r -> r.has(ServeNotice.class) || decided(r)));
        d.add(new Def("notice", Texts.tr("ui.stage.notice"), ActionType.NOTICE_SERVED, r -> r.has(ServeNotice.class)));
        if (hearingApplies(c)) {
            d.add(new Def("hearing", Texts.tr("ui.stage.hearing"), ActionType.HEARING_HELD,
                    r -> r.has(HoldHearing.class) || r.has(WaiveHearing.class) || decided(r)));
        }
        d.add(new Def("decide", Texts.tr("ui.stage.decide"), ActionType.DECIDED, Stages::decided));
        d.add(new Def("serve", Texts.tr("ui.stage.serve"), ActionType.DECISION_SERVED, r -> r.has(ServeDecision.class)));
        d.add(new Def("execute", Texts.tr("ui.stage.execute"), ActionType.PAYMENT_RECORDED, Stages::executed));
        d.add(new Def("close", Texts.tr("ui.stage.close"), ActionType.CLOSED, r -> r.has(CloseCase.class)));
        d.add(new Def("archive", Texts.tr("ui.stage.archive"), ActionType.ARCHIVED, r -> r.has(ArchiveCase.class)));
        return d;
    }

    private static List<Def> summary() {
        List<Def> d = new ArrayList<>();
        d.add(new Def("register", Texts.tr("ui.stage.register"), ActionType.REGISTER, r -> r.has(Register.class)
                || !r.actions().isEmpty()));
        d.add(new Def("onsite", Texts.tr("ui.stage.onsite"), ActionType.ON_SITE_DECIDED, r -> r.has(DecideOnSite.class)));
        d.add(new Def("onsiteFiling", Texts.tr("ui.stage.onsiteFiling"), ActionType.ON_SITE_FILED,
                r -> r.has(FileOnSiteDecision.class)));
        d.add(new Def("execute", Texts.tr("ui.stage.execute"), ActionType.PAYMENT_RECORDED, Stages::executed));
        d.add(new Def("close", Texts.tr("ui.stage.close"), ActionType.CLOSED, r -> r.has(CloseCase.class)));
        return d;
    }

    private static boolean decided(CaseRecord r) {
        return r.has(Decide.class) || r.has(DecideNoPenalty.class) || r.has(DecideOnSite.class);
    }

    /** Executed: the state says so, or a payment was recorded and the case went on to be closed. */
    private static boolean executed(CaseRecord r) {
        return r.state() == CaseState.EXECUTED
                || ((r.state() == CaseState.CLOSED || r.state() == CaseState.ARCHIVED)
                    && (r.has(RecordPayment.class) || r.all(DecideOnSite.class).stream().anyMatch(DecideOnSite::collectedOnSite)));
    }

    /** The hearing stage shows when the notice gave the right, or the party asked for a hearing. */
    static boolean hearingApplies(CaseRecord c) {
        return c.all(ServeNotice.class).stream().anyMatch(ServeNotice::hearingRightGiven)
                || c.has(RequestHearing.class) || c.has(ScheduleHearing.class) || c.has(HoldHearing.class)
                || c.state() == CaseState.HEARING;
    }
}
