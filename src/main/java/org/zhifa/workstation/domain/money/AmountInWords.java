package org.zhifa.workstation.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 大写金额 (domain.md §8, rule R36): renders an amount in yuan as "人民币…".
 *
 * <p>Style: one 零 per run of zeros between two non-zero digits of the integer part, also across
 * 万/亿, none for trailing zeros; "整" after 元 when there are no 角/分; no 零 between 元 and a
 * non-zero 角; 零 between 元 and 分 when 角 is 0; below ¥1 no 元 and no leading 零;
 * 壹拾 keeps 壹; zero is 人民币零元整.
 */
public final class AmountInWords {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿"};
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private AmountInWords() {
    }

    /**
     * @param amount yuan, at most 2 decimals, 0 ≤ amount &lt; 10^12
     * @throws IllegalArgumentException if negative, too large or with more than 2 decimals
     */
    public static String of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数：" + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("金额最多两位小数：" + amount.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("金额超出范围：" + amount.toPlainString());
        }
        long cents = amount.movePointRight(2).longValueExact();
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);

        StringBuilder out = new StringBuilder("人民币");
        if (yuan > 0) {
            out.append(integerPart(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return out.append(yuan > 0 ? "整" : "零元整").toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS.charAt(fen)).append('分');
        }
        return out.toString();
    }

    private static String integerPart(long yuan) {
        String digits = Long.toString(yuan);
        int length = digits.length();
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < length; i++) {
            int d = digits.charAt(i) - '0';
            int position = length - 1 - i;
            if (d == 0) {
                pendingZero = true;
            } else {
                if (pendingZero) {
                    out.append('零');
                    pendingZero = false;
                }
                out.append(DIGITS.charAt(d)).append(SMALL_UNITS[position % 4]);
                groupHasDigit = true;
            }
            if (position % 4 == 0) {
                if (groupHasDigit) {
                    out.append(GROUP_UNITS[position / 4]);
                }
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
