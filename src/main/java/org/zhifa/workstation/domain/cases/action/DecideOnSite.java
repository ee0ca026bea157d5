package org.zhifa.workstation.domain.cases.action;

import org.zhifa.workstation.domain.cases.PenaltyTerms;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;

/** 当场处罚决定 under the 简易程序 (Arts 51–52, R24–R26). */
public record DecideOnSite(
        java.time.LocalDate date,
        String actor,
        java.util.List<String> officers,
        PenaltyTerms penalty,
        String serialNumber,
        String place,
        boolean certificatesShown,
        boolean partyHeard,
        boolean partyRefusedToSign,
        boolean collectedOnSite,
        String receiptNumber,
        boolean hardToCollectLater,
        boolean remoteArea,
        boolean partyRequestedOnSitePayment) implements CaseAction {

    @Override
    public ActionType type() {
        return ActionType.ON_SITE_DECIDED;
    }
}
