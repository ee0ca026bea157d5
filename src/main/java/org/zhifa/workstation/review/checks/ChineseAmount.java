package org.zhifa.workstation.review.checks;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a 大写金额 back into yuan, whatever its style (with or without the optional 零, 壹拾 or 拾, 圆 or 元, 整 or 正),
 * so that R36 compares values, not one rendering: "人民币壹拾万零柒仟元伍角叁分" and "壹拾万柒仟元伍角叁分" both read
 * 107000.53.
 */
final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private ChineseAmount() {
    }

    static Optional<BigDecimal> parse(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String s = words.strip().replace("人民币", "").replace("圆", "元").replace("正", "整").replace(" ", "");
        if (s.endsWith("整")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String integer;
        String fraction;
        int yuan = s.indexOf('元');
        if (yuan >= 0) {
            integer = s.substring(0, yuan);
            fraction = s.substring(yuan + 1);
        } else if (s.contains("角") || s.contains("分")) {
            integer = "";
            fraction = s;
        } else {
            return Optional.empty();
        }
        Long whole = integer.isEmpty() ? Long.valueOf(0) : integerPart(integer);
        if (whole == null) {
            return Optional.empty();
        }
        long cents = 0;
        String f = fraction.startsWith("零") ? fraction.substring(1) : fraction;
        int jiao = f.indexOf('角');
        if (jiao >= 0) {
            if (jiao != 1 || DIGITS.indexOf(f.charAt(0)) < 0) {
                return Optional.empty();
            }
            cents += 10L * DIGITS.indexOf(f.charAt(0));
            f = f.substring(2);
            if (f.startsWith("零")) {
                f = f.substring(1);
            }
        }
        int fen = f.indexOf('分');
        if (fen >= 0) {
            if (fen != 1 || DIGITS.indexOf(f.charAt(0)) < 0) {
                return Optional.empty();
            }
            cents += DIGITS.indexOf(f.charAt(0));
            f = f.substring(2);
        }
        if (!f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(whole * 100 + cents, 2));
    }

    /** 壹拾万零柒仟 → 107000; null when not a numeral. */
    private static Long integerPart(String s) {
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int d = DIGITS.indexOf(ch);
            if (d == 0) {
                continue;
            }
            if (d > 0) {
                if (digit >= 0) {
                    return null;
                }
                digit = d;
                continue;
            }
            int unit = switch (ch) {
                case '拾' -> 10;
                case '佰' -> 100;
                case '仟' -> 1000;
                default -> 0;
            };
            if (unit > 0) {
                section += (digit < 0 ? (unit == 10 ? 1 : -1) : digit) * unit;
                if (digit < 0 && unit != 10) {
                    return null;
                }
                digit = -1;
            } else if (ch == '万' || ch == '亿') {
                long big = ch == '万' ? 10_000L : 100_000_000L;
                section += digit < 0 ? 0 : digit;
                digit = -1;
                if (ch == '亿') {
                    total = (total + section) * big;
                } else {
                    total += section * big;
                }
                section = 0;
            } else {
                return null;
            }
        }
        section += digit < 0 ? 0 : digit;
        return total + section;
    }
}
