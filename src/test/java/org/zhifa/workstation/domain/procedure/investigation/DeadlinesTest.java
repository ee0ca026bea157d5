package org.zhifa.workstation.domain.procedure.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.A;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.ADULT;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.B;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.MATTER;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.lead;
import static org.zhifa.workstation.domain.procedure.ProcedureFixtures.onSiteLead;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.advance;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.context;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.correction;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.d;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.file;
import static org.zhifa.workstation.domain.procedure.investigation.InvestigationFixtures.record;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.RuleContext;

/** The deadlines of this part: filing, limitation, correction (preservation and seizure are in MeasuresTest). */
class DeadlinesTest {
    private final RuleContext ctx = context();

    private List<DeadlineItem> items(CaseRecord c, String key) {
        return new ProcedureEngine(InvestigationSteps.steps(), InvestigationSteps.deadlineRules()).deadlines(c, ctx)
                .stream().filter(i -> i.key().equals(key)).toList();
    }

    @Test
    @DisplayName("R5 立案期限：春节前发现（含调休），期满日与立案后已满足")
    void r5_filingDeadlineAcrossSpringFestival() {
        CaseRecord c = lead(d("2026-02-12"), MATTER, ADULT);
        DeadlineItem open = items(c, "filing").getFirst();
        // 02-13 (1), 02-14 调休 (2), 02-24..02-27 (3–6), 02-28 调休 (7)
        assertThat(open.deadline().date()).isEqualTo(d("2026-02-28"));
        assertThat(open.deadline().provisional()).isFalse();
        assertThat(open.rule()).isEqualTo("R5");
        assertThat(open.label()).isEqualTo("立案期限");
        assertThat(open.open()).isTrue();
        assertThat(open.overdue(d("2026-03-02"))).isTrue();

        DeadlineItem met = items(advance(ctx, c, file(d("2026-02-27"))), "filing").getFirst();
        assertThat(met.metOn()).isEqualTo(d("2026-02-27"));
        assertThat(met.overdue(d("2026-03-02"))).isFalse();
        assertThat(items(onSiteLead(d("2026-02-12"), MATTER, ADULT), "filing")).as("none for 简易程序").isEmpty();
    }

    @Test
    @DisplayName("R6 追责时效期限：行为日+2年同一日，不顺延；立案即满足")
    void r6_limitationDeadline() {
        CaseRecord c = lead(d("2024-02-29"), MATTER, ADULT);
        DeadlineItem item = items(c, "limitation").getFirst();
        assertThat(item.deadline().date()).isEqualTo(d("2026-02-28"));
        assertThat(item.start()).isEqualTo(d("2024-02-29"));
        assertThat(items(advance(ctx, c, file(d("2024-03-01"))), "limitation").getFirst().metOn()).isEqualTo(d("2024-03-01"));
    }

    @Test
    @DisplayName("责令改正期限：以通知书所定日期为准，复查笔录即满足")
    void correctionDeadline() {
        CaseRecord c = advance(ctx, lead(d("2025-06-03"), MATTER, ADULT), file(d("2025-06-03")),
                correction(d("2025-06-03"), d("2025-06-10")));
        DeadlineItem open = items(c, "correction").getFirst();
        assertThat(open.deadline().date()).isEqualTo(d("2025-06-10"));
        assertThat(open.open()).isTrue();
        CaseRecord rechecked = advance(ctx, c, record(d("2025-06-11"), A, B));
        assertThat(items(rechecked, "correction").getFirst().metOn()).isEqualTo(d("2025-06-11"));
        assertThat(items(rechecked, "correction").getFirst().overdue(d("2025-06-30"))).as("met after its last day").isTrue();
    }
}
