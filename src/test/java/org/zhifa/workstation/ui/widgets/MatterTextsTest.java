package org.zhifa.workstation.ui.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/** Finding a matter by any part of its name or code, and its range in one line. */
class MatterTextsTest {
    private static CatalogMatter matter(String code, String name, FineKind kind, String min, String max, String unit) {
        return new CatalogMatter(code, name, "大气污染", "BADU", null, "违法依据", "《中华人民共和国大气污染防治法》第一百一十九条第一款",
                Set.of(PenaltyType.FINE), "罚则", kind, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), unit, FinePrecondition.NONE, 2, false, false, false, false,
                null, null, null, null, List.of());
    }

    @Test
    void everyTypedWordMustMatchIgnoringCase() {
        CatalogMatter m = matter("DQWR-001", "对露天焚烧秸秆、落叶等产生烟尘污染的物质的行政处罚", FineKind.FIXED, "500", "2000", null);
        assertThat(MatterTexts.matches(m, "")).isTrue();
        assertThat(MatterTexts.matches(m, "焚烧")).isTrue();
        assertThat(MatterTexts.matches(m, "dqwr")).isTrue();
        assertThat(MatterTexts.matches(m, "秸秆 一百一十九")).isTrue();
        assertThat(MatterTexts.matches(m, "秸秆 噪声")).isFalse();
        assertThat(MatterTexts.matches(m, "大气")).isTrue();
    }

    @Test
    void rangesReadPlainly() {
        assertThat(MatterTexts.range(matter("A", "a", FineKind.FIXED, "500", "2000", null))).isEqualTo("罚款 ¥500.00 至 ¥2,000.00");
        assertThat(MatterTexts.range(matter("A", "a", FineKind.FIXED, null, "500", null))).isEqualTo("罚款 ¥500.00 以下");
        assertThat(MatterTexts.range(matter("A", "a", FineKind.MULTIPLE, "1.00", "3.00", "倍（基数：违法所得）")))
                .isEqualTo("罚款 1 至 3 倍（基数：违法所得）");
    }
}
