package org.zhifa.workstation.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/** R39: a decision with several penalties counts once, under its heaviest type in the configured order. */
class PenaltySeverityTest {

    @Test
    void r39_theDefaultOrderIsThatOfDomainSection9() {
        List<PenaltyType> order = PenaltySeverity.defaults().lightestFirst();
        assertThat(order).containsExactly(PenaltyType.OTHER, PenaltyType.WARNING, PenaltyType.CRITICISM, PenaltyType.FINE,
                PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.CONFISCATE_PROPERTY, PenaltyType.SUSPEND_LICENSE,
                PenaltyType.LOWER_QUALIFICATION, PenaltyType.RESTRICT_OPERATION, PenaltyType.ORDER_SUSPENSION,
                PenaltyType.ORDER_CLOSURE, PenaltyType.RESTRICT_EMPLOYMENT, PenaltyType.REVOKE_LICENSE);
    }

    @Test
    void r39_mixedDecisionsCountUnderTheirHeaviestType() {
        PenaltySeverity s = PenaltySeverity.defaults();
        assertThat(s.heaviest(EnumSet.of(PenaltyType.WARNING, PenaltyType.FINE))).contains(PenaltyType.FINE);
        assertThat(s.heaviest(EnumSet.of(PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS)))
                .contains(PenaltyType.CONFISCATE_ILLEGAL_GAINS);
        assertThat(s.heaviest(EnumSet.of(PenaltyType.FINE, PenaltyType.REVOKE_LICENSE, PenaltyType.ORDER_SUSPENSION)))
                .contains(PenaltyType.REVOKE_LICENSE);
        assertThat(s.heaviest(EnumSet.of(PenaltyType.OTHER, PenaltyType.WARNING))).contains(PenaltyType.WARNING);
        assertThat(s.heaviest(EnumSet.of(PenaltyType.OTHER))).contains(PenaltyType.OTHER);
        assertThat(s.heaviest(EnumSet.noneOf(PenaltyType.class))).isEmpty();
        assertThat(s.heaviest(CaseStatisticsFacts.mask(EnumSet.of(PenaltyType.WARNING, PenaltyType.ORDER_CLOSURE))))
                .contains(PenaltyType.ORDER_CLOSURE);
        assertThat(s.heaviest(0)).isEmpty();
    }

    @Test
    void r39_theOrderIsASetting() {
        List<PenaltyType> order = new ArrayList<>(PenaltySeverity.defaults().lightestFirst());
        order.remove(PenaltyType.FINE);
        order.add(PenaltyType.FINE);
        PenaltySeverity finesHeaviest = new PenaltySeverity(order);
        assertThat(finesHeaviest.heaviest(EnumSet.of(PenaltyType.FINE, PenaltyType.REVOKE_LICENSE))).contains(PenaltyType.FINE);
        assertThat(PenaltySeverity.of(order.stream().map(Enum::name).toList())).isEqualTo(finesHeaviest);
        assertThatThrownBy(() -> new PenaltySeverity(List.of(PenaltyType.FINE))).hasMessageContaining("misses");
        assertThatThrownBy(() -> new PenaltySeverity(List.of(PenaltyType.FINE, PenaltyType.FINE)))
                .hasMessageContaining("twice");
    }
}
