package org.zhifa.workstation.ui.forms;

import org.zhifa.workstation.domain.cases.ActionType;

/** The form for each step: a form of its own for the steps of the everyday procedure, the generic form otherwise. */
public final class StepForms {
    private StepForms() {
    }

    public static StepForm create(ActionType type, FormContext ctx) {
        return switch (type) {
            case FILE -> new InvestigationForms.FileForm(ctx);
            case DECLINE_FILING -> new InvestigationForms.DeclineFilingForm(ctx);
            case TRANSFER -> new InvestigationForms.TransferForm(ctx);
            case RECORD -> new InvestigationForms.RecordForm(ctx);
            case EVIDENCE_ADDED -> new EvidenceForm(ctx);
            case CORRECTION_ORDERED -> new InvestigationForms.CorrectionForm(ctx);
            case INVESTIGATION_CONCLUDED -> new InvestigationForms.ConcludeForm(ctx);
            case WITHDRAWN -> new InvestigationForms.WithdrawForm(ctx);
            case REVIEW_SUBMITTED -> new DecisionForms.SubmitReviewForm(ctx);
            case REVIEW_OPINION -> new DecisionForms.ReviewOpinionForm(ctx);
            case DELIBERATED -> new DecisionForms.DeliberateForm(ctx);
            case NOTICE_SERVED -> new DecisionForms.NoticeForm(ctx);
            case REPRESENTATION_HEARD -> new DecisionForms.RepresentationHeardForm(ctx);
            case REPRESENTATION_WAIVED -> new DecisionForms.RepresentationWaivedForm(ctx);
            case HEARING_REQUESTED -> new DecisionForms.HearingRequestedForm(ctx);
            case HEARING_SCHEDULED -> new DecisionForms.HearingScheduledForm(ctx);
            case HEARING_HELD -> new DecisionForms.HearingHeldForm(ctx);
            case HEARING_WAIVED -> new DecisionForms.HearingWaivedForm(ctx);
            case DECIDED -> new DecisionForms.DecideForm(ctx);
            case NO_PENALTY_DECIDED -> new DecisionForms.NoPenaltyForm(ctx);
            case ON_SITE_DECIDED -> new ExecutionForms.OnSiteDecideForm(ctx);
            case ON_SITE_FILED -> new ExecutionForms.OnSiteFiledForm(ctx);
            case DECISION_SERVED -> new ExecutionForms.ServeDecisionForm(ctx);
            case PAYMENT_RECORDED -> new ExecutionForms.PaymentForm(ctx);
            case CLOSED -> new ExecutionForms.CloseForm(ctx);
            case ARCHIVED -> new ExecutionForms.ArchiveForm(ctx);
            default -> new GenericForm(ctx, type);
        };
    }
}
