package org.zhifa.workstation.ui.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.calendar.Deadline;
import org.zhifa.workstation.domain.procedure.DeadlineItem;

/** How deadlines look: red when overdue, amber from 80 % of the period, grey when met; provisional ones warn. */
class DeadlineLookTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 11);

    private static DeadlineItem item(LocalDate metOn, boolean provisional) {
        Deadline d = provisional ? new Deadline(DUE, new TreeSet<>(List.of(2027)), "x") : Deadline.firm(DUE, "x");
        return new DeadlineItem("k", "期限", "R1", START, d, metOn);
    }

    @Test
    void tonesAndDaysLeft() {
        DeadlineItem open = item(null, false);
        assertThat(DeadlineLook.of(open, LocalDate.of(2026, 11, 3))).extracting(DeadlineLook::tone, DeadlineLook::daysText)
                .containsExactly(DeadlineLook.Tone.OPEN, "还剩 8 天");
        assertThat(DeadlineLook.of(open, LocalDate.of(2026, 11, 9)).tone()).isEqualTo(DeadlineLook.Tone.SOON);
        assertThat(DeadlineLook.of(open, DUE)).extracting(DeadlineLook::tone, DeadlineLook::daysText)
                .containsExactly(DeadlineLook.Tone.SOON, "今天到期");
        assertThat(DeadlineLook.of(open, LocalDate.of(2026, 11, 14))).extracting(DeadlineLook::tone, DeadlineLook::daysText)
                .containsExactly(DeadlineLook.Tone.OVERDUE, "已超期 3 天");
        assertThat(DeadlineLook.of(item(LocalDate.of(2026, 11, 5), false), LocalDate.of(2026, 11, 20)))
                .extracting(DeadlineLook::tone, DeadlineLook::daysText)
                .containsExactly(DeadlineLook.Tone.MET, "已于 2026-11-05 完成");
        assertThat(DeadlineLook.of(item(LocalDate.of(2026, 11, 12), false), LocalDate.of(2026, 11, 20)).daysText())
                .contains("逾期");
    }

    @Test
    void provisionalDeadlinesCarryTheirWarning() {
        assertThat(DeadlineLook.of(item(null, true), START).warning()).contains("2027").contains("暂定");
        assertThat(DeadlineLook.of(item(null, false), START).warning()).isNull();
    }

    @Test
    void openOnesFirstOverdueAtTheTop() {
        DeadlineItem met = new DeadlineItem("met", "a", "R1", START, Deadline.firm(LocalDate.of(2026, 11, 2), "x"), START);
        DeadlineItem late = new DeadlineItem("late", "b", "R1", START, Deadline.firm(LocalDate.of(2026, 11, 3), "x"), null);
        DeadlineItem later = new DeadlineItem("later", "c", "R1", START, Deadline.firm(LocalDate.of(2026, 12, 3), "x"), null);
        assertThat(DeadlineLook.sorted(List.of(met, later, late), LocalDate.of(2026, 11, 20)))
                .extracting(DeadlineItem::key).containsExactly("late", "later", "met");
    }

    @Test
    void aPartyWindowEndsInsteadOfFallingOverdue() {
        DeadlineItem window = new DeadlineItem("representation", "陈述申辩期限", "R17", START, Deadline.firm(DUE, "x"), null);
        assertThat(DeadlineLook.of(window, DUE).tone()).isEqualTo(DeadlineLook.Tone.SOON);
        assertThat(DeadlineLook.of(window, LocalDate.of(2026, 11, 14)))
                .extracting(DeadlineLook::tone, DeadlineLook::daysText)
                .containsExactly(DeadlineLook.Tone.MET, "已于 2026-11-11 届满");
        DeadlineItem waived = new DeadlineItem("representation", "陈述申辩期限", "R17", START, Deadline.firm(DUE, "x"),
                LocalDate.of(2026, 11, 3));
        assertThat(DeadlineLook.of(waived, LocalDate.of(2026, 11, 20)).daysText()).isEqualTo("已于 2026-11-03 结束");
        DeadlineItem duty = new DeadlineItem("service", "送达", "R27", START, Deadline.firm(LocalDate.of(2026, 11, 30), "x"), null);
        assertThat(DeadlineLook.sorted(List.of(window, duty), LocalDate.of(2026, 11, 14)))
                .extracting(DeadlineItem::key).containsExactly("service", "representation");
    }
}
