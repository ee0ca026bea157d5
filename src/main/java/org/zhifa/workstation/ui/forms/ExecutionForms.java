package org.zhifa.workstation.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.PaymentChannel;
import org.zhifa.workstation.domain.cases.ServiceMethod;
import org.zhifa.workstation.domain.cases.action.ArchiveCase;
import org.zhifa.workstation.domain.cases.action.CloseCase;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.cases.action.FileOnSiteDecision;
import org.zhifa.workstation.domain.cases.action.RecordPayment;
import org.zhifa.workstation.domain.cases.action.ServeDecision;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.OfficerChecklist;
import org.zhifa.workstation.ui.widgets.OnSitePenaltyEditor;
import org.zhifa.workstation.ui.widgets.OnSitePenaltyModel;

/** The forms of 当场处罚, 送达, 执行, 结案 and 归档. */
final class ExecutionForms {
    private ExecutionForms() {
    }

    /** 当场处罚决定 of a registered 简易程序 case (the one-screen flow registers and decides in one go). */
    static final class OnSiteDecideForm extends StepForm {
        private final OfficerChecklist officers;
        private final OnSitePenaltyModel penalty = new OnSitePenaltyModel();
        private final TextField serial;
        private final TextField place;
        private final CheckBox certificates;
        private final CheckBox heard;
        private final CheckBox refused;

        OnSiteDecideForm(FormContext ctx) {
            super(ctx);
            officers = new OfficerChecklist("field-officers", ctx.team(), ctx.today(), true);
            officers.select(ctx.handlers());
            sheet.row(Texts.tr("ui.field.officers"), true, officers, Controls.hint(Texts.tr("ui.field.officersHint")));
            if (ctx.record().party() != null) {
                penalty.partyKindProperty().set(ctx.record().party().kind());
            }
            OnSitePenaltyEditor.addTo(sheet, penalty);
            serial = sheet.required(Texts.tr("ui.onsite.serial"), Controls.text("field-serialNumber", null));
            place = sheet.required(Texts.tr("ui.onsite.place"), Controls.text("field-place", null));
            if (ctx.record().actPlace() != null) {
                place.setText(ctx.record().actPlace());
            }
            certificates = Controls.check("field-certificatesShown", Texts.tr("ui.field.certificatesShown"));
            heard = Controls.check("field-partyHeard", Texts.tr("ui.onsite.partyHeard"));
            refused = Controls.check("field-partyRefusedToSign", Texts.tr("ui.onsite.refusedToSign"));
            sheet.row(Texts.tr("ui.field.rights"), true, certificates, new javafx.scene.layout.VBox(6, heard, refused));
        }

        @Override
        public ActionType type() {
            return ActionType.ON_SITE_DECIDED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needOfficers(p, officers, 2, Texts.tr("ui.field.officers"));
            p.addAll(penalty.problems());
            needText(p, serial, Texts.tr("ui.onsite.serial"));
            needText(p, place, Texts.tr("ui.onsite.place"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            boolean collected = penalty.collectOnSiteProperty().get();
            return ActionDraft.of(new DecideOnSite(date, actor, officers.selected(), penalty.penalty(), value(serial),
                    value(place), certificates.isSelected(), heard.isSelected(), refused.isSelected(), collected,
                    collected ? penalty.receiptNumberProperty().get().strip() : null, false, false, false));
        }
    }

    /** 当场处罚备案 with the authority: only the date. */
    static final class OnSiteFiledForm extends StepForm {
        OnSiteFiledForm(FormContext ctx) {
            super(ctx);
            sheet.full(Controls.hint(Texts.tr("ui.field.onSiteFiledHint")));
        }

        @Override
        public ActionType type() {
            return ActionType.ON_SITE_FILED;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new FileOnSiteDecision(date, actor));
        }
    }

    /** 送达决定书: the method; 电子送达 needs the signed 确认书 and an online 复议 channel (R28); 公告 needs failures (R29). */
    static final class ServeDecisionForm extends StepForm {
        private final ComboBox<ServiceMethod> method;
        private final TextField recipient;
        private final CheckBox consent;
        private final CheckBox channel;
        private final TextField failed;

        ServeDecisionForm(FormContext ctx) {
            super(ctx);
            method = sheet.required(Texts.tr("ui.field.serviceMethod"),
                    Controls.choice("field-method", List.of(ServiceMethod.values()), Texts::label));
            method.setValue(ServiceMethod.PERSONAL);
            recipient = sheet.required(Texts.tr("ui.field.recipient"), Controls.text("field-recipient", null));
            if (ctx.partyName() != null) {
                recipient.setText(ctx.partyName());
            }
            consent = Controls.check("field-electronicConsentSigned", Texts.tr("ui.field.electronicConsent"));
            channel = Controls.check("field-onlineChannel", Texts.tr("ui.field.onlineChannel"));
            javafx.scene.layout.VBox electronic = new javafx.scene.layout.VBox(6, consent, channel);
            sheet.row(Texts.tr("ui.field.electronic"), true, electronic, Controls.hint(Texts.tr("ui.field.electronicHint")));
            failed = Controls.money("field-failedAttempts", null);
            failed.setText("0");
            sheet.row(Texts.tr("ui.field.failedAttempts"), true, failed, Controls.hint(Texts.tr("ui.field.failedAttemptsHint")));
            method.valueProperty().addListener((obs, o, n) -> showFor(n));
            showFor(method.getValue());
        }

        private void showFor(ServiceMethod m) {
            sheet.setRowShown(consent, m == ServiceMethod.ELECTRONIC);
            sheet.setRowShown(failed, m == ServiceMethod.PUBLICATION);
        }

        @Override
        public ActionType type() {
            return ActionType.DECISION_SERVED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needChoice(p, method, Texts.tr("ui.field.serviceMethod"));
            if (method.getValue() != ServiceMethod.PUBLICATION) {
                needText(p, recipient, Texts.tr("ui.field.recipient"));
            }
            if (method.getValue() == ServiceMethod.ELECTRONIC && !consent.isSelected()) {
                p.add(Texts.tr("ui.field.electronicConsentMissing"));
            }
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            ServiceMethod m = method.getValue();
            BigDecimal attempts = Controls.amountOf(failed);
            return ActionDraft.of(new ServeDecision(date, actor, m, value(recipient),
                    m == ServiceMethod.ELECTRONIC && consent.isSelected(),
                    m == ServiceMethod.ELECTRONIC && channel.isSelected(),
                    m == ServiceMethod.PUBLICATION && attempts != null ? attempts.intValue() : 0));
        }
    }

    /** 缴纳罚款: the amount (the fine outstanding proposed), 加处罚款, the channel, the receipt. */
    static final class PaymentForm extends StepForm {
        private final TextField amount;
        private final TextField surcharge;
        private final ComboBox<PaymentChannel> channel;
        private final TextField receipt;

        PaymentForm(FormContext ctx) {
            super(ctx);
            amount = sheet.required(Texts.tr("ui.field.paidAmount"), Controls.money("field-amount", Texts.tr("ui.form.yuanPrompt")));
            if (ctx.record().fineAmount() != null) {
                amount.setText(ctx.record().fineAmount().stripTrailingZeros().toPlainString());
            }
            surcharge = sheet.row(Texts.tr("ui.field.surcharge"), Controls.money("field-surcharge", Texts.tr("ui.form.yuanPrompt")));
            channel = sheet.required(Texts.tr("ui.field.channel"),
                    Controls.choice("field-channel", List.of(PaymentChannel.values()), Texts::label));
            channel.setValue(PaymentChannel.BANK);
            receipt = sheet.row(Texts.tr("ui.field.receiptNumber"), Controls.text("field-receiptNumber", null));
        }

        @Override
        public ActionType type() {
            return ActionType.PAYMENT_RECORDED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            need(p, Controls.amountOf(amount) != null, Texts.tr("ui.field.paidAmount"));
            needChoice(p, channel, Texts.tr("ui.field.channel"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            BigDecimal s = Controls.amountOf(surcharge);
            return ActionDraft.of(new RecordPayment(date, actor, Controls.amountOf(amount), s == null ? BigDecimal.ZERO : s,
                    channel.getValue(), value(receipt)));
        }
    }

    /** 结案: approved by the 负责人, with a short summary. */
    static final class CloseForm extends StepForm {
        private final javafx.scene.control.ComboBox<org.zhifa.workstation.domain.officer.Officer> approver;
        private final TextArea summary;

        CloseForm(FormContext ctx) {
            super(ctx);
            approver = sheet.required(Texts.tr("ui.field.approvedBy"), InvestigationForms.approver(ctx, "field-approvedBy"));
            summary = sheet.row(Texts.tr("ui.field.closeSummary"), Controls.area("field-summary", null, 3));
        }

        @Override
        public ActionType type() {
            return ActionType.CLOSED;
        }

        @Override
        public List<String> problems() {
            List<String> p = new ArrayList<>();
            needChoice(p, approver, Texts.tr("ui.field.approvedBy"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new CloseCase(date, actor, approver.getValue().code(), value(summary)));
        }
    }

    /** 归档 under an archive number. */
    static final class ArchiveForm extends StepForm {
        private final TextField number;

        ArchiveForm(FormContext ctx) {
            super(ctx);
            number = sheet.required(Texts.tr("ui.field.archiveNumber"), Controls.text("field-archiveNumber", null));
        }

        @Override
        public ActionType type() {
            return ActionType.ARCHIVED;
        }

        @Override
        public List<String> problems() {
            List<String> p = list();
            needText(p, number, Texts.tr("ui.field.archiveNumber"));
            return p;
        }

        @Override
        public ActionDraft draft(LocalDate date, String actor) {
            return ActionDraft.of(new ArchiveCase(date, actor, value(number)));
        }
    }
}
