package org.zhifa.workstation.ui.stats;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.Indicators;

/** One bar of the chart by outcome: the decisions under each heaviest penalty type, 不予处罚, 首违不罚, 从轻, 减轻. */
public record OutcomeBar(String label, long count) {

    /** The bars of the year asked for: the penalty types that occur (heaviest first), then the lenient outcomes. */
    public static List<OutcomeBar> of(AnnualStatistics s) {
        Indicators c = s.current();
        List<OutcomeBar> bars = new ArrayList<>();
        for (PenaltyType t : s.typeOrder().reversed()) {
            if (c.decisionsOf(t) > 0) {
                bars.add(new OutcomeBar(Texts.label(t), c.decisionsOf(t)));
            }
        }
        bars.add(new OutcomeBar(Texts.tr("stats.row.noPenalty"), c.noPenalty()));
        bars.add(new OutcomeBar(Texts.tr("statsPage.outcome.firstOffense"), c.firstOffense()));
        bars.add(new OutcomeBar(Texts.tr("stats.row.lenient"), c.lenient()));
        bars.add(new OutcomeBar(Texts.tr("stats.row.mitigated"), c.mitigated()));
        return List.copyOf(bars);
    }
}
