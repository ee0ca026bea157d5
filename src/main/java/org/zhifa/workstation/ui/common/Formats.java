package org.zhifa.workstation.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.zhifa.workstation.domain.text.Texts;

/** How values look on screen: dates as 2025-03-01, money as ¥1,000.00, missing values as a dash. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? none() : DATE.format(date);
    }

    /** A money amount in yuan: ¥1,000.00; a dash when there is none. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return none();
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return Texts.tr("ui.format.money", format.format(amount.setScale(2, RoundingMode.HALF_UP)));
    }

    /** The text itself, or a dash when it is null or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? none() : value;
    }

    public static String label(Enum<?> value) {
        return value == null ? none() : Texts.label(value);
    }

    public static String none() {
        return Texts.tr("ui.value.none");
    }
}
