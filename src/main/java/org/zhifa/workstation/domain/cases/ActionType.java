package org.zhifa.workstation.domain.cases;

import org.zhifa.workstation.domain.cases.action.*; // every action class

/** Every kind of step a case can take; the JSON "type" of an action is the constant name. */
public enum ActionType {
    REGISTER(Register.class),
    FILE(FileCase.class),
    DECLINE_FILING(DeclineFiling.class),
    TRANSFER(Transfer.class),
    PLEDGE_SIGNED(PledgeSigned.class),
    PLEDGE_VERIFIED(PledgeVerified.class),
    RECORD(MakeRecord.class),
    RECUSAL_APPLIED(ApplyRecusal.class),
    RECUSAL_DECIDED(DecideRecusal.class),
    EVIDENCE_ADDED(AddEvidence.class),
    PRESERVATION_ORDERED(PreserveEvidence.class),
    PRESERVATION_DECIDED(DecidePreservation.class),
    SEIZURE_ORDERED(Seize.class),
    SEIZURE_EXTENDED(ExtendSeizure.class),
    SEIZURE_RELEASED(ReleaseSeizure.class),
    CORRECTION_ORDERED(OrderCorrection.class),
    INVESTIGATION_CONCLUDED(ConcludeInvestigation.class),
    REVIEW_SUBMITTED(SubmitReview.class),
    REVIEW_OPINION(RecordReviewOpinion.class),
    DELIBERATED(Deliberate.class),
    NOTICE_SERVED(ServeNotice.class),
    REPRESENTATION_HEARD(HearRepresentation.class),
    REPRESENTATION_WAIVED(WaiveRepresentation.class),
    HEARING_REQUESTED(RequestHearing.class),
    HEARING_WAIVED(WaiveHearing.class),
    HEARING_SCHEDULED(ScheduleHearing.class),
    HEARING_HELD(HoldHearing.class),
    DECISION_PERIOD_EXTENDED(ExtendDecisionPeriod.class),
    PERIOD_EXCLUDED(ExcludePeriod.class),
    DECIDED(Decide.class),
    NO_PENALTY_DECIDED(DecideNoPenalty.class),
    ON_SITE_DECIDED(DecideOnSite.class),
    ON_SITE_FILED(FileOnSiteDecision.class),
    DECISION_SERVED(ServeDecision.class),
    PAYMENT_RECORDED(RecordPayment.class),
    CHALLENGE_FILED(FileChallenge.class),
    CHALLENGE_CONCLUDED(ConcludeChallenge.class),
    URGING_SERVED(ServeUrging.class),
    COURT_ENFORCEMENT_APPLIED(ApplyCourtEnforcement.class),
    PUBLISHED(Publish.class),
    PUBLICATION_WITHDRAWN(WithdrawPublication.class),
    CLOSED(CloseCase.class),
    ARCHIVED(ArchiveCase.class),
    WITHDRAWN(WithdrawCase.class),
    SUSPENDED(SuspendCase.class),
    RESUMED(ResumeCase.class),
    TERMINATED(TerminateCase.class);

    private final Class<? extends CaseAction> actionClass;

    ActionType(Class<? extends CaseAction> actionClass) {
        this.actionClass = actionClass;
    }

    public Class<? extends CaseAction> actionClass() {
        return actionClass;
    }
}
