package org.zhifa.workstation.documents.fields;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The one date rule of the documents (templates/README.md, "Dates"): every date is written with Arabic numerals
 * ({@code 2025年3月4日}, no leading zeros), as the forms and tables do; only the 落款日期 under the seal of a
 * 文书 ({@code document.date}) is written in Chinese numerals ({@code 二〇二五年三月四日}). Times are
 * {@code 2025年3月4日9时05分}.
 */
public final class Dates {
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";
    private static final String DIGITS = "零一二三四五六七八九";

    private Dates() {
    }

    /** {@code 2025年3月4日}; null → null. */
    public static String arabic(LocalDate d) {
        return d == null ? null : Texts.tr("fields.date.arabic", Integer.toString(d.getYear()),
                Integer.toString(d.getMonthValue()), Integer.toString(d.getDayOfMonth()));
    }

    /** {@code 二〇二五年三月四日}; null → null. */
    public static String chinese(LocalDate d) {
        if (d == null) {
            return null;
        }
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) {
            year.append(YEAR_DIGITS.charAt(c - '0'));
        }
        return Texts.tr("fields.date.arabic", year.toString(), count(d.getMonthValue()), count(d.getDayOfMonth()));
    }

    /** {@code 2025年3月4日9时05分}; null → null. */
    public static String dateTime(LocalDateTime t) {
        return t == null ? null : Texts.tr("fields.date.time", arabic(t.toLocalDate()), Integer.toString(t.getHour()),
                String.format("%02d", t.getMinute()));
    }

    /** A count in Chinese numerals, 0–99: 三, 十, 十五, 二十, 六十. */
    public static String count(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("0..99: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
