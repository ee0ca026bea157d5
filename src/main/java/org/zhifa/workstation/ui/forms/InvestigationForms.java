package org.zhifa.workstation.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.InvestigationOutcome;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.RecordKind;
import org.zhifa.workstation.domain.cases.TransferTarget;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.DeclineFiling;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.domain.cases.action.OrderCorrection;
import org.zhifa.workstation.domain.cases.action.Transfer;
import org.zhifa.workstation.domain.cases.action.WithdrawCase;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.OfficerChecklist;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/** The forms of 立案 and 调查取证: filing, declining, transfer, 笔录, 责令改正, 调查终结, 撤案. */
final class InvestigationForms {
    private InvestigationForms() {
    }

    /** The 负责人 who approves: only 负责人 are listed, the logged-in 负责人 (or the first) is proposed. */
    static OfficerPicker approver(FormContext ctx, String id) {
        OfficerPicker p = new OfficerPicker(id, ctx.leads(), ctx.today(), false);
        p.selectCode(ctx.defaultLead());
        return p;
    }

    /** 立案: approved by the 负责人, with two certified handlers (R1). */
    static final class FileForm extends StepForm {
        private final OfficerPicker approver;
        private final OfficerPicker lead;
        private final OfficerPicker co;
        private final TextArea lateReason;

        FileForm(FormContext ctx) {
            super(ctx);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), approver(ctx, "field-approvedBy"));
            lead = sheet.required(Texts.tr("ui.field.leadHandler"),
                    new OfficerPicker("field-handler1", ctx.team(), ctx.today(), true));
            co = sheet.required(Texts.tr("ui.field.coHandler"),
                    new OfficerPicker("field-handler2", ctx.team(), ctx.today(), true));
            List<String> handlers = ctx.handlers();
            if (!handlers.isEmpty()) {
                lead.selectCode(handlers.get(0));
            }
            if (handlers.size() > 1) {
                co.selectCode(handlers.get(1));
            }
            lateReason = Controls.area("field-lateReason", Texts.tr("ui.field.lateReasonPrompt"), 2);
            sheet.row(Texts.tr("ui.field.lateReason"), false, lateReason, Controls.hint(Texts.tr("ui.field.lateReasonHint")));
        }

        @Override
        public ActionType type() {
            return ActionType.FILE;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            needChoice(p, lead, Texts.tr("ui.field.leadHandler"));
            needChoice(p, co, Texts.tr("ui.field.coHandler"));
            if (lead.getValue() != null && lead.getValue() == co.getValue()) {
                p.add(Texts.tr("ui.form.sameHandlers"));
            }
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new FileCase(date, actor, approver.code(), List.of(lead.code(), co.code()),
                    value(lateReason)));
        }
    }

    /** 不予立案: a reason, approved by the 负责人. */
    static final class DeclineFilingForm extends StepForm {
        private final OfficerPicker approver;
        private final TextArea reason;

        DeclineFilingForm(FormContext ctx) {
            super(ctx);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), approver(ctx, "field-approvedBy"));
            reason = sheet.required(Texts.tr("ui.field.reason"), Controls.area("field-reason", null, 3));
        }

        @Override
        public ActionType type() {
            return ActionType.DECLINE_FILING;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            needText(p, reason, Texts.tr("ui.field.reason"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new DeclineFiling(date, actor, approver.code(), value(reason)));
        }
    }

    /** 移送: to the competent body or to judicial organs, approved by the 负责人. */
    static final class TransferForm extends StepForm {
        private final ComboBox<TransferTarget> target;
        private final TextField recipient;
        private final TextArea reason;
        private final OfficerPicker approver;

        TransferForm(FormContext ctx) {
            super(ctx);
            target = sheet.required(Texts.tr("ui.field.target"),
                    Controls.choice("field-target", List.of(TransferTarget.values()), Texts::label));
            recipient = sheet.required(Texts.tr("ui.field.recipientBody"), Controls.text("field-recipient", null));
            reason = sheet.required(Texts.tr("ui.field.reason"), Controls.area("field-reason", null, 3));
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), approver(ctx, "field-approvedBy"));
        }

        @Override
        public ActionType type() {
            return ActionType.TRANSFER;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, target, Texts.tr("ui.field.target"));
            needText(p, recipient, Texts.tr("ui.field.recipientBody"));
            needText(p, reason, Texts.tr("ui.field.reason"));
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new Transfer(date, actor, target.getValue(), value(recipient), value(reason),
                    approver.code()));
        }
    }

    /** 笔录: kind, ≥ 2 certified officers, recorder, times, place, certificates shown, 回避 explained, summary. */
    static final class RecordForm extends StepForm {
        private final ComboBox<RecordKind> kind;
        private final OfficerChecklist officers;
        private final OfficerPicker recorder;
        private final TextField start;
        private final TextField end;
        private final TextField place;
        private final CheckBox certificates;
        private final CheckBox recusal;
        private final TextField subject;
        private final TextArea summary;

        RecordForm(FormContext ctx) {
            super(ctx);
            kind = sheet.required(Texts.tr("ui.field.recordKind"),
                    Controls.choice("field-kind", List.of(RecordKind.values()), Texts::label));
            kind.setValue(RecordKind.INQUIRY);
            officers = new OfficerChecklist("field-officers", ctx.team(), ctx.today(), true);
            officers.select(ctx.handlers());
            sheet.row(Texts.tr("ui.field.officers"), true, officers, Controls.hint(Texts.tr("ui.field.officersHint")));
            recorder = sheet.required(Texts.tr("ui.field.recorder"),
                    new OfficerPicker("field-recorder", ctx.team(), ctx.today(), false));
            List<String> handlers = ctx.handlers();
            if (handlers.size() > 1) {
                recorder.selectCode(handlers.get(1));
            }
            start = Controls.time("field-startTime", "09:00");
            end = Controls.time("field-endTime", "09:40");
            sheet.row(Texts.tr("ui.field.startTime"), true, start, Controls.hint(Texts.tr("ui.field.timeHint")));
            sheet.required(Texts.tr("ui.field.endTime"), end);
            place = sheet.required(Texts.tr("ui.field.place"), Controls.text("field-place", null));
            certificates = Controls.check("field-certificatesShown", Texts.tr("ui.field.certificatesShown"));
            recusal = Controls.check("field-recusalRightExplained", Texts.tr("ui.field.recusalRightExplained"));
            sheet.row(Texts.tr("ui.field.rights"), true, certificates, recusal);
            subject = sheet.required(Texts.tr("ui.field.subjectName"), Controls.text("field-subjectName", null));
            if (ctx.partyName() != null) {
                subject.setText(ctx.partyName());
            }
            summary = sheet.required(Texts.tr("ui.field.summary"), Controls.area("field-summary", null, 4));
        }

        @Override
        public ActionType type() {
            return ActionType.RECORD;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, kind, Texts.tr("ui.field.recordKind"));
            needOfficers(p, officers, 2, Texts.tr("ui.field.officers"));
            needChoice(p, recorder, Texts.tr("ui.field.recorder"));
            need(p, Controls.timeOf(start) != null, Texts.tr("ui.field.startTime"));
            need(p, Controls.timeOf(end) != null, Texts.tr("ui.field.endTime"));
            needText(p, place, Texts.tr("ui.field.place"));
            needText(p, subject, Texts.tr("ui.field.subjectName"));
            needText(p, summary, Texts.tr("ui.field.summary"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            LocalTime s = Controls.timeOf(start);
            LocalTime e = Controls.timeOf(end);
            return ActionDraft.of(new MakeRecord(date, actor, kind.getValue(), officers.selected(), recorder.code(),
                    s == null ? null : LocalDateTime.of(date, s), e == null ? null : LocalDateTime.of(date, e),
                    value(place), certificates.isSelected(), recusal.isSelected(), value(subject), value(summary)));
        }
    }

    /** 责令(限期)改正: the deadline and what must be done. */
    static final class CorrectionForm extends StepForm {
        private final DatePicker deadline;
        private final TextArea requirements;

        CorrectionForm(FormContext ctx) {
            super(ctx);
            deadline = sheet.required(Texts.tr("ui.field.correctionDeadline"),
                    Controls.date("field-deadline", ctx.today().plusDays(7)));
            requirements = sheet.required(Texts.tr("ui.field.requirements"), Controls.area("field-requirements", null, 3));
        }

        @Override
        public ActionType type() {
            return ActionType.CORRECTION_ORDERED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            need(p, Controls.dateOf(deadline) != null, Texts.tr("ui.field.correctionDeadline"));
            needText(p, requirements, Texts.tr("ui.field.requirements"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new OrderCorrection(date, actor, Controls.dateOf(deadline), value(requirements)));
        }
    }

    /** 调查终结报告: the outcome, the proposed penalty, the circumstances and the flags for review/deliberation. */
    static final class ConcludeForm extends StepForm {
        private final ComboBox<InvestigationOutcome> outcome;
        private final ComboBox<NoPenaltyGround> ground;
        private final PenaltyEditor penalty;
        private final DiscretionPanel discretion;
        private final TextField gains;
        private final CheckBox complex;
        private final CheckBox major;
        private final CheckBox difficult;

        ConcludeForm(FormContext ctx) {
            super(ctx);
            outcome = sheet.required(Texts.tr("ui.field.outcome"),
                    Controls.choice("field-outcome", List.of(InvestigationOutcome.values()), Texts::label));
            outcome.setValue(InvestigationOutcome.PENALTY);
            ground = sheet.row(Texts.tr("ui.field.noPenaltyGround"),
                    Controls.choice("field-noPenaltyGround", List.of(NoPenaltyGround.values()), Texts::label));
            ground.disableProperty().bind(outcome.valueProperty().isNotEqualTo(InvestigationOutcome.NO_PENALTY));
            penalty = new PenaltyEditor("field-penalty", sheet, ctx.record().matter(), Texts.tr("ui.field.proposedPenalty"));
            gains = sheet.row(Texts.tr("ui.field.illegalGains"), Controls.money("field-illegalGains", Texts.tr("ui.form.yuanPrompt")));
            complex = Controls.check("field-complex", Texts.tr("ui.field.complex"));
            major = Controls.check("field-majorPublicInterest", Texts.tr("ui.field.majorPublicInterest"));
            difficult = Controls.check("field-difficult", Texts.tr("ui.field.difficult"));
            sheet.row(Texts.tr("ui.field.reviewFlags"), false, complex, new javafx.scene.layout.VBox(6, major, difficult));
            PartyKind kind = ctx.record().party() == null ? PartyKind.INDIVIDUAL : ctx.record().party().kind();
            discretion = new DiscretionPanel("field-discretion", sheet, ctx.record().matter(), kind, Set.of(),
                    penalty.fineValueProperty(), false, penalty::setFine);
        }

        @Override
        public ActionType type() {
            return ActionType.INVESTIGATION_CONCLUDED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, outcome, Texts.tr("ui.field.outcome"));
            if (outcome.getValue() == InvestigationOutcome.PENALTY) {
                p.addAll(penalty.problems(Texts.tr("ui.field.proposedPenalty")));
                p.addAll(discretion.problems(false));
            } else if (outcome.getValue() == InvestigationOutcome.NO_PENALTY) {
                needChoice(p, ground, Texts.tr("ui.field.noPenaltyGround"));
            }
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            boolean penal = outcome.getValue() == InvestigationOutcome.PENALTY;
            Set<Circumstance> cs = discretion.circumstances();
            BigDecimal illegal = Controls.amountOf(gains);
            return ActionDraft.of(new ConcludeInvestigation(date, actor, outcome.getValue(),
                    outcome.getValue() == InvestigationOutcome.NO_PENALTY ? ground.getValue() : null,
                    penal ? penalty.value() : null, cs, illegal, complex.isSelected(), major.isSelected(),
                    difficult.isSelected(), penal ? discretion.departureReason() : null));
        }
    }

    /** 撤案: a reason, approved by the 负责人. */
    static final class WithdrawForm extends StepForm {
        private final OfficerPicker approver;
        private final TextArea reason;

        WithdrawForm(FormContext ctx) {
            super(ctx);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), approver(ctx, "field-approvedBy"));
            reason = sheet.required(Texts.tr("ui.field.reason"), Controls.area("field-reason", null, 3));
        }

        @Override
        public ActionType type() {
            return ActionType.WITHDRAWN;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            needText(p, reason, Texts.tr("ui.field.reason"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new WithdrawCase(date, actor, approver.code(), value(reason)));
        }
    }
}
