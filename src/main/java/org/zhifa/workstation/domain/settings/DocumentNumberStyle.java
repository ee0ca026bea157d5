package org.zhifa.workstation.domain.settings;

/**
 * How the serial of a 文号 is written (domain.md §5): GB/T 9704-2012 style by default — {@code 〔2024〕15号},
 * no "第", no leading zeros.
 *
 * @param useDi   write "第" before the serial ({@code 〔2024〕第15号})
 * @param zeroPad pad the serial with zeros to this many digits; 0 = no padding
 */
public record DocumentNumberStyle(boolean useDi, int zeroPad) {
    public static final int MAX_ZERO_PAD = 6;

    public DocumentNumberStyle {
        if (zeroPad < 0 || zeroPad > MAX_ZERO_PAD) {
            throw new IllegalArgumentException("zeroPad must be 0.." + MAX_ZERO_PAD + ": " + zeroPad);
        }
    }

    public static DocumentNumberStyle defaults() {
        return new DocumentNumberStyle(false, 0);
    }

    /** The serial part: e.g. "15号", "第15号", "第015号". */
    public String serial(int number) {
        String digits = Integer.toString(number);
        if (digits.length() < zeroPad) {
            digits = "0".repeat(zeroPad - digits.length()) + digits;
        }
        return (useDi ? "第" : "") + digits + "号";
    }
}
