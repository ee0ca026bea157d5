package org.zhifa.workstation.ui.widgets;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;

/** How a catalog matter reads in lists: its statutory fine range in one short line, and the search match. */
public final class MatterTexts {
    private MatterTexts() {
    }

    /** "罚款 ¥500.00 至 ¥2,000.00", "罚款 ¥5,000.00 以下", "罚款 5–10 倍（基数：…）", or the penalty types. */
    public static String range(CatalogMatter m) {
        if (m.fineKind() == null || m.fineKind() == FineKind.NONE || m.fineMax() == null) {
            String types = m.penaltyTypes().stream().sorted().map(Texts::label).collect(Collectors.joining("、"));
            return types.isEmpty() ? Texts.tr("ui.matter.noPenaltyType") : types;
        }
        if (m.fineKind() == FineKind.FIXED) {
            return m.fineMin() == null || m.fineMin().signum() == 0
                    ? Texts.tr("ui.matter.rangeUpTo", Formats.money(m.fineMax()))
                    : Texts.tr("ui.matter.range", Formats.money(m.fineMin()), Formats.money(m.fineMax()));
        }
        String unit = m.fineUnit() == null ? "" : m.fineUnit();
        return m.fineMin() == null || m.fineMin().signum() == 0
                ? Texts.tr("ui.matter.unitRangeUpTo", plain(m.fineMax()), unit)
                : Texts.tr("ui.matter.unitRange", plain(m.fineMin()), plain(m.fineMax()), unit);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the matter matches what was typed: every word (split at spaces) must occur in its code, name, area
     * or provisions, ignoring case. An empty text matches everything.
     */
    public static boolean matches(CatalogMatter m, String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", nonNull(m.code()), nonNull(m.name()), nonNull(m.area()),
                nonNull(m.penaltyProvision()), nonNull(m.violatedProvision())).toLowerCase(Locale.ROOT);
        for (String word : typed.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
