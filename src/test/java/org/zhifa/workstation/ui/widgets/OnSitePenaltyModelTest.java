package org.zhifa.workstation.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.party.PartyKind;

/** The Art 51 limits and the ¥100 当场收缴 rule as the on-site penalty is typed. */
class OnSitePenaltyModelTest {
    private final OnSitePenaltyModel model = new OnSitePenaltyModel();

    @Test
    void theLimitFollowsThePartyKind() {
        assertThat(model.limitTextProperty().get()).contains("¥200.00");
        model.amountProperty().set("200.01");
        assertThat(model.limitProblemProperty().get()).contains("¥200.01").contains("超过");
        assertThat(model.problems()).hasSize(1);
        model.partyKindProperty().set(PartyKind.ORGANIZATION);
        assertThat(model.limitTextProperty().get()).contains("¥3,000.00");
        assertThat(model.limitProblemProperty().get()).isEmpty();
        model.amountProperty().set("3000.01");
        assertThat(model.limitProblemProperty().get()).isNotEmpty();
    }

    @Test
    void collectionOnlyUpToOneHundredYuanAndThenWithAReceipt() {
        model.amountProperty().set("100");
        assertThat(model.collectionAllowedProperty().get()).isTrue();
        model.collectOnSiteProperty().set(true);
        assertThat(model.problems()).containsExactly("请填写：专用票据号码");
        model.receiptNumberProperty().set("ZJCZ-1");
        assertThat(model.problems()).isEmpty();
        model.amountProperty().set("100.5");
        assertThat(model.collectionAllowedProperty().get()).isFalse();
        assertThat(model.collectOnSiteProperty().get()).isFalse();
    }

    @Test
    void aWarningHasNoAmount() {
        model.fineProperty().set(false);
        assertThat(model.problems()).isEmpty();
        assertThat(model.penalty().types()).containsExactly(PenaltyType.WARNING);
        assertThat(model.penalty().fine()).isNull();
        assertThat(model.collectionAllowedProperty().get()).isFalse();
    }
}
