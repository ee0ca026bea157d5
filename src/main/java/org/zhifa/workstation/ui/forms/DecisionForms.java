package org.zhifa.workstation.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.cases.NoPenaltyGround;
import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.RepresentationPoint;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Decide;
import org.zhifa.workstation.domain.cases.action.DecideNoPenalty;
import org.zhifa.workstation.domain.cases.action.Deliberate;
import org.zhifa.workstation.domain.cases.action.HearRepresentation;
import org.zhifa.workstation.domain.cases.action.HoldHearing;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.cases.action.RequestHearing;
import org.zhifa.workstation.domain.cases.action.ScheduleHearing;
import org.zhifa.workstation.domain.cases.action.ServeNotice;
import org.zhifa.workstation.domain.cases.action.SubmitReview;
import org.zhifa.workstation.domain.cases.action.WaiveHearing;
import org.zhifa.workstation.domain.cases.action.WaiveRepresentation;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.procedure.decision.DecisionFacts;
import org.zhifa.workstation.domain.procedure.decision.HearingRight;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.OfficerChecklist;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/** The forms of 审查, 告知, 陈述申辩, 听证 and 决定. */
final class DecisionForms {
    private DecisionForms() {
    }

    static PartyKind partyKind(FormContext ctx) {
        return ctx.record().party() == null ? PartyKind.INDIVIDUAL : ctx.record().party().kind();
    }

    /** 报送法制审核: the reviewer, when known. */
    static final class SubmitReviewForm extends StepForm {
        private final OfficerPicker reviewer;

        SubmitReviewForm(FormContext ctx) {
            super(ctx);
            reviewer = sheet.row(Texts.tr("ui.field.reviewer"), new OfficerPicker("field-reviewer", ctx.reviewers(), ctx.today(), false));
        }

        @Override
        public ActionType type() {
            return ActionType.REVIEW_SUBMITTED;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new SubmitReview(date, actor, reviewer.code()));
        }
    }

    /** 法制审核意见: written by the county reviewer (REVIEWER users only). */
    static final class ReviewOpinionForm extends StepForm {
        private final OfficerPicker reviewer;
        private final ComboBox<ReviewConclusion> conclusion;
        private final TextArea points;
        private final TextField basis;

        ReviewOpinionForm(FormContext ctx) {
            super(ctx);
            reviewer = sheet.required(Texts.tr("ui.field.reviewer"), new OfficerPicker("field-reviewer", ctx.reviewers(), ctx.today(), false));
            reviewer.selectCode(ctx.actor());
            conclusion = sheet.required(Texts.tr("ui.field.conclusion"),
                    Controls.choice("field-conclusion", List.of(ReviewConclusion.values()), Texts::label));
            points = Controls.area("field-points", Texts.tr("ui.field.pointsPrompt"), 4);
            sheet.row(Texts.tr("ui.field.points"), false, points, Controls.hint(Texts.tr("ui.field.pointsHint")));
            basis = sheet.row(Texts.tr("ui.field.legalBasis"), Controls.text("field-legalBasis", null));
        }

        @Override
        public ActionType type() {
            return ActionType.REVIEW_OPINION;
        }

        @Override
        public boolean submittable() {
            return ctx.isReviewer();
        }

        @Override
        public String note() {
            return ctx.isReviewer() ? null : Texts.tr("ui.form.reviewerOnly");
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, reviewer, Texts.tr("ui.field.reviewer"));
            needChoice(p, conclusion, Texts.tr("ui.field.conclusion"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            List<String> lines = points.getText() == null ? List.of()
                    : Arrays.stream(points.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return ActionDraft.of(new RecordReviewOpinion(date, actor, reviewer.code(), conclusion.getValue(), lines, value(basis)));
        }
    }

    /** 集体讨论: chair, attendees, conclusion, signed minutes. */
    static final class DeliberateForm extends StepForm {
        private final OfficerPicker chair;
        private final OfficerChecklist attendees;
        private final TextArea conclusion;
        private final CheckBox signed;

        DeliberateForm(FormContext ctx) {
            super(ctx);
            chair = sheet.required(Texts.tr("ui.field.chair"), InvestigationForms.approver(ctx, "field-chair"));
            attendees = new OfficerChecklist("field-attendees", ctx.team(), ctx.today(), false);
            sheet.row(Texts.tr("ui.field.attendees"), true, attendees, Controls.hint(Texts.tr("ui.field.attendeesHint")));
            conclusion = sheet.required(Texts.tr("ui.field.deliberationConclusion"), Controls.area("field-conclusion", null, 3));
            signed = Controls.check("field-minutesSigned", Texts.tr("ui.field.minutesSigned"));
            sheet.row("", signed);
        }

        @Override
        public ActionType type() {
            return ActionType.DELIBERATED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, chair, Texts.tr("ui.field.chair"));
            needOfficers(p, attendees, 1, Texts.tr("ui.field.attendees"));
            needText(p, conclusion, Texts.tr("ui.field.deliberationConclusion"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new Deliberate(date, actor, chair.code(), attendees.selected(), value(conclusion),
                    signed.isSelected()));
        }
    }

    /** 事先告知: the proposed penalty (from the conclusion), the hearing right (pre-ticked at the threshold), the method. */
    static final class NoticeForm extends StepForm {
        private final PenaltyEditor penalty;
        private final CheckBox hearing;
        private final Label hearingHint = new Label();
        private final ComboBox<ServiceMethod> method;

        NoticeForm(FormContext ctx) {
            super(ctx);
            penalty = new PenaltyEditor("field-penalty", sheet, ctx.record().matter(), Texts.tr("ui.field.proposedPenalty"));
            DecisionFacts.conclusion(ctx.record()).map(ConcludeInvestigation::proposedPenalty).ifPresent(penalty::set);
            hearing = Controls.check("field-hearingRightGiven", Texts.tr("ui.field.hearingRightGiven"));
            hearingHint.setId("field-hearingHint");
            hearingHint.getStyleClass().add("field-hint");
            hearingHint.setWrapText(true);
            sheet.row(Texts.tr("ui.field.hearingRight"), false, hearing, hearingHint);
            method = sheet.required(Texts.tr("ui.field.serviceMethod"),
                    Controls.choice("field-method", List.of(ServiceMethod.values()), Texts::label));
            method.setValue(ServiceMethod.PERSONAL);
            penalty.fineValueProperty().addListener((obs, o, n) -> checkHearingRight());
            checkHearingRight();
        }

        /** Ticks the hearing right when the proposal reaches the threshold (Art 63, R18). */
        private void checkHearingRight() {
            PartyKind kind = partyKind(ctx);
            BigDecimal threshold = HearingRight.threshold(kind, ctx.settings());
            boolean applies = HearingRight.applies(penalty.value(), kind, ctx.settings());
            if (applies) {
                hearing.setSelected(true);
                hearingHint.setText(Texts.tr("ui.field.hearingApplies", Formats.money(threshold)));
            } else {
                hearingHint.setText(Texts.tr("ui.field.hearingNotApplies", Formats.money(threshold)));
            }
        }

        @Override
        public ActionType type() {
            return ActionType.NOTICE_SERVED;
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>(penalty.problems(Texts.tr("ui.field.proposedPenalty")));
            needChoice(p, method, Texts.tr("ui.field.serviceMethod"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new ServeNotice(date, actor, penalty.value(), hearing.isSelected(), method.getValue()));
        }
    }

    /** 陈述申辩: the party's points, each adopted or not, with a reason (R21). */
    static final class RepresentationHeardForm extends StepForm {
        private final VBox rows = new VBox(10);
        private final List<PointRow> points = new ArrayList<>();

        RepresentationHeardForm(FormContext ctx) {
            super(ctx);
            rows.setId("field-points");
            Button add = new Button(Texts.tr("ui.field.addPoint"));
            add.setId("field-addPoint");
            add.setOnAction(e -> addPoint());
            sheet.full(Controls.hint(Texts.tr("ui.field.pointsIntro")));
            sheet.full(rows);
            sheet.full(add);
            addPoint();
        }

        private void addPoint() {
            PointRow row = new PointRow(points.size() + 1);
            points.add(row);
            rows.getChildren().add(row.box);
        }

        private void remove(PointRow row) {
            if (points.size() <= 1) {
                return;
            }
            points.remove(row);
            rows.getChildren().remove(row.box);
        }

        @Override
        public ActionType type() {
            return ActionType.REPRESENTATION_HEARD;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            for (int i = 0; i < points.size(); i++) {
                PointRow r = points.get(i);
                if (blank(r.statement.getText())) {
                    p.add(Texts.tr("ui.field.pointStatementMissing", i + 1));
                }
                if (r.adopted() == null) {
                    p.add(Texts.tr("ui.field.pointRulingMissing", i + 1));
                }
                if (blank(r.reason.getText())) {
                    p.add(Texts.tr("ui.field.pointReasonMissing", i + 1));
                }
            }
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            List<RepresentationPoint> list = points.stream()
                    .map(r -> new RepresentationPoint(value(r.statement), r.adopted(), value(r.reason))).toList();
            return ActionDraft.of(new HearRepresentation(date, actor, list));
        }

        /** One point: what the party said, 采纳 or 不采纳, and why. */
        private final class PointRow {
            private final VBox box;
            private final TextArea statement;
            private final RadioButton adopt;
            private final RadioButton reject;
            private final TextField reason;

            PointRow(int n) {
                String id = "field-point-" + n;
                Label title = new Label(Texts.tr("ui.field.pointTitle", n));
                title.getStyleClass().add("point-title");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                Button delete = new Button(Texts.tr("ui.field.removePoint"));
                delete.getStyleClass().add("link-button");
                delete.setOnAction(e -> remove(this));
                HBox head = new HBox(8, title, grow, delete);
                head.setAlignment(Pos.CENTER_LEFT);
                statement = Controls.area(id + "-statement", Texts.tr("ui.field.pointStatementPrompt"), 2);
                ToggleGroup ruling = new ToggleGroup();
                adopt = new RadioButton(Texts.tr("ui.field.adopted"));
                adopt.setId(id + "-adopted");
                adopt.setToggleGroup(ruling);
                reject = new RadioButton(Texts.tr("ui.field.rejected"));
                reject.setId(id + "-rejected");
                reject.setToggleGroup(ruling);
                HBox rulingBox = new HBox(18, adopt, reject);
                reason = Controls.text(id + "-reason", Texts.tr("ui.field.pointReasonPrompt"));
                box = new VBox(6, head, statement, rulingBox, reason);
                box.getStyleClass().add("point-row");
            }

            Boolean adopted() {
                return adopt.isSelected() ? Boolean.TRUE : reject.isSelected() ? Boolean.FALSE : null;
            }
        }
    }

    /** The party waives 陈述申辩; only a written waiver ends the window early (R17). */
    static final class RepresentationWaivedForm extends StepForm {
        private final CheckBox written;

        RepresentationWaivedForm(FormContext ctx) {
            super(ctx);
            written = Controls.check("field-written", Texts.tr("ui.field.writtenRepresentationWaiver"));
            sheet.row(Texts.tr("ui.field.waiver"), false, written, Controls.hint(Texts.tr("ui.field.writtenWaiverHint")));
        }

        @Override
        public ActionType type() {
            return ActionType.REPRESENTATION_WAIVED;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new WaiveRepresentation(date, actor, written.isSelected()));
        }
    }

    /** The party waives the hearing right (R17: a waiver of 陈述申辩 alone does not). */
    static final class HearingWaivedForm extends StepForm {
        private final CheckBox written;

        HearingWaivedForm(FormContext ctx) {
            super(ctx);
            written = Controls.check("field-written", Texts.tr("ui.field.writtenHearingWaiver"));
            sheet.row(Texts.tr("ui.field.waiver"), false, written, Controls.hint(Texts.tr("ui.field.writtenWaiverHint")));
        }

        @Override
        public ActionType type() {
            return ActionType.HEARING_WAIVED;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new WaiveHearing(date, actor, written.isSelected()));
        }
    }

    /** The party asks for a hearing (within 5 working days of the notice; a posted request counts from the postmark). */
    static final class HearingRequestedForm extends StepForm {
        private final DatePicker postmark;

        HearingRequestedForm(FormContext ctx) {
            super(ctx);
            postmark = Controls.date("field-postmarkDate", null);
            sheet.row(Texts.tr("ui.field.postmarkDate"), false, postmark, Controls.hint(Texts.tr("ui.field.postmarkHint")));
        }

        @Override
        public ActionType type() {
            return ActionType.HEARING_REQUESTED;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new RequestHearing(date, actor, Controls.dateOf(postmark)));
        }
    }

    /** 听证通知: the date (≥ 7 working days ahead), the presider (not an investigator), agents, public or not (R19). */
    static final class HearingScheduledForm extends StepForm {
        private final DatePicker hearingDate;
        private final OfficerPicker presider;
        private final ComboBox<Integer> agents;
        private final CheckBox open;

        HearingScheduledForm(FormContext ctx) {
            super(ctx);
            hearingDate = Controls.date("field-hearingDate", null);
            sheet.row(Texts.tr("ui.field.hearingDate"), true, hearingDate, Controls.hint(Texts.tr("ui.field.hearingDateHint")));
            presider = new OfficerPicker("field-presider", ctx.team(), ctx.today(), false);
            sheet.row(Texts.tr("ui.field.presider"), true, presider, Controls.hint(Texts.tr("ui.field.presiderHint")));
            agents = sheet.row(Texts.tr("ui.field.agents"), Controls.choice("field-agents", List.of(0, 1, 2), String::valueOf));
            agents.setValue(0);
            open = Controls.check("field-publicHearing", Texts.tr("ui.field.publicHearing"));
            open.setSelected(true);
            sheet.row("", open);
        }

        @Override
        public ActionType type() {
            return ActionType.HEARING_SCHEDULED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            need(p, Controls.dateOf(hearingDate) != null, Texts.tr("ui.field.hearingDate"));
            needChoice(p, presider, Texts.tr("ui.field.presider"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new ScheduleHearing(date, actor, Controls.dateOf(hearingDate), presider.code(),
                    agents.getValue() == null ? 0 : agents.getValue(), open.isSelected()));
        }
    }

    /** 举行听证: the presider, whether the party stayed away without good reason, the signed record. */
    static final class HearingHeldForm extends StepForm {
        private final OfficerPicker presider;
        private final CheckBox absent;
        private final CheckBox signed;

        HearingHeldForm(FormContext ctx) {
            super(ctx);
            presider = sheet.required(Texts.tr("ui.field.presider"), new OfficerPicker("field-presider", ctx.team(), ctx.today(), false));
            ctx.record().last(ScheduleHearing.class).map(ScheduleHearing::presider).ifPresent(presider::selectCode);
            absent = Controls.check("field-partyAbsentWithoutReason", Texts.tr("ui.field.partyAbsent"));
            signed = Controls.check("field-recordSigned", Texts.tr("ui.field.recordSigned"));
            sheet.row(Texts.tr("ui.field.hearingFacts"), false, signed, absent);
        }

        @Override
        public ActionType type() {
            return ActionType.HEARING_HELD;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, presider, Texts.tr("ui.field.presider"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new HoldHearing(date, actor, presider.code(), absent.isSelected(), signed.isSelected()));
        }
    }

    /** 行政处罚决定 with the discretion panel: tier, range, suggested amount, the sentence; a departure asks for a reason. */
    static final class DecideForm extends StepForm {
        private final PenaltyEditor penalty;
        private final OfficerPicker approver;
        private final DiscretionPanel discretion;
        private final CheckBox remedy;

        DecideForm(FormContext ctx) {
            super(ctx);
            penalty = new PenaltyEditor("field-penalty", sheet, ctx.record().matter(), Texts.tr("ui.field.penalty"));
            PenaltyTerms proposal = DecisionFacts.notice(ctx.record()).map(ServeNotice::proposedPenalty)
                    .or(() -> DecisionFacts.conclusion(ctx.record()).map(ConcludeInvestigation::proposedPenalty)).orElse(null);
            penalty.set(proposal);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), InvestigationForms.approver(ctx, "field-approvedBy"));
            remedy = Controls.check("field-remedyClauseComplete", Texts.tr("ui.field.remedyClauseComplete"));
            remedy.setSelected(true);
            sheet.row(Texts.tr("ui.field.remedyClause"), false, remedy, Controls.hint(Texts.tr("ui.field.remedyClauseHint")));
            Set<Circumstance> initial = DecisionFacts.circumstances(ctx.record());
            discretion = new DiscretionPanel("field-discretion", sheet, ctx.record().matter(), partyKind(ctx), initial,
                    penalty.fineValueProperty(), true, penalty::setFine);
        }

        @Override
        public ActionType type() {
            return ActionType.DECIDED;
        }

        @Override
        public String note() {
            return Texts.tr("ui.form.decideNote");
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>(penalty.problems(Texts.tr("ui.field.penalty")));
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            p.addAll(discretion.problems(true));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new Decide(date, actor, penalty.value(), approver.code(), discretion.statement(),
                    discretion.departureReason(), remedy.isSelected()));
        }
    }

    /** 不予行政处罚决定: the ground, the approval, the reason and the education record (R9). */
    static final class NoPenaltyForm extends StepForm {
        private final ComboBox<NoPenaltyGround> ground;
        private final OfficerPicker approver;
        private final TextArea reason;
        private final CheckBox education;

        NoPenaltyForm(FormContext ctx) {
            super(ctx);
            ground = sheet.required(Texts.tr("ui.field.noPenaltyGround"),
                    Controls.choice("field-ground", List.of(NoPenaltyGround.values()), Texts::label));
            DecisionFacts.conclusion(ctx.record()).map(ConcludeInvestigation::noPenaltyGround).ifPresent(ground::setValue);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), InvestigationForms.approver(ctx, "field-approvedBy"));
            reason = sheet.row(Texts.tr("ui.field.reason"), Controls.area("field-reason", null, 3));
            education = Controls.check("field-educationRecorded", Texts.tr("ui.field.educationRecorded"));
            sheet.row("", education);
        }

        @Override
        public ActionType type() {
            return ActionType.NO_PENALTY_DECIDED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, ground, Texts.tr("ui.field.noPenaltyGround"));
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new DecideNoPenalty(date, actor, ground.getValue(), approver.code(), value(reason),
                    education.isSelected()));
        }
    }
}
