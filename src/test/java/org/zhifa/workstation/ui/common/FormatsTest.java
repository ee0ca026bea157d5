package org.zhifa.workstation.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.cases.CaseState;

class FormatsTest {
    @Test
    void money() {
        assertThat(Formats.money(new BigDecimal("1000"))).isEqualTo("¥1,000.00");
        assertThat(Formats.money(new BigDecimal("200.5"))).isEqualTo("¥200.50");
        assertThat(Formats.money(new BigDecimal("1234567.891"))).isEqualTo("¥1,234,567.89");
        assertThat(Formats.money(BigDecimal.ZERO)).isEqualTo("¥0.00");
        assertThat(Formats.money(null)).isEqualTo("—");
    }

    @Test
    void datesTextsAndLabels() {
        assertThat(Formats.date(LocalDate.of(2025, 3, 1))).isEqualTo("2025-03-01");
        assertThat(Formats.date(null)).isEqualTo("—");
        assertThat(Formats.text("  ")).isEqualTo("—");
        assertThat(Formats.text("八都镇")).isEqualTo("八都镇");
        assertThat(Formats.label(CaseState.FILED)).isEqualTo("已立案");
        assertThat(Formats.label(null)).isEqualTo("—");
    }
}
