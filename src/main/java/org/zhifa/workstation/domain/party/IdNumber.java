package org.zhifa.workstation.domain.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A validated 18-character 居民身份证 number (GB 11643-1999, rule R34): 6-digit area code,
 * 8-digit birth date, 3-digit sequence (odd male, even female) and a check character
 * (digit or upper-case X). Surrounding whitespace is stripped; nothing else is normalised.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15,
            21, 22, 23,
            31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54,
            61, 62, 63, 64, 65,
            71, 81, 82, 83);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Validates against today's system date (birth date may not be in the future). */
    public static ValidationResult<IdNumber> validate(String raw) {
        return validate(raw, LocalDate.now());
    }

    /** Validates structure, province, birth date (1900-01-01..today) and check character. */
    public static ValidationResult<IdNumber> validate(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null || raw.isBlank()) {
            return ValidationResult.invalid("身份证号码为空");
        }
        String s = raw.strip();
        if (s.length() != 18) {
            return ValidationResult.invalid("身份证号码应为18位");
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return ValidationResult.invalid("身份证号码前17位应为数字");
            }
        }
        char last = s.charAt(17);
        if (last == 'x') {
            return ValidationResult.invalid("身份证号码校验位X应为大写");
        }
        if (!isAsciiDigit(last) && last != 'X') {
            return ValidationResult.invalid("身份证号码校验位应为数字或X");
        }
        if (!PROVINCES.contains(Integer.parseInt(s.substring(0, 2)))) {
            return ValidationResult.invalid("身份证号码地区代码无效");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return ValidationResult.invalid("身份证号码出生日期无效");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return ValidationResult.invalid("身份证号码出生日期早于1900年");
        }
        if (birth.isAfter(today)) {
            return ValidationResult.invalid("身份证号码出生日期晚于当前日期");
        }
        if (checkCharacter(s.substring(0, 17)) != last) {
            return ValidationResult.invalid("身份证号码校验位错误");
        }
        return ValidationResult.valid(new IdNumber(s, birth));
    }

    /** Parses or throws {@link IllegalArgumentException} with the Chinese reason. */
    public static IdNumber parse(String raw, LocalDate today) {
        return validate(raw, today).orElseThrow();
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit at " + i + ": " + first17);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    /** The 6-digit administrative area code (positions 1–6). */
    public String areaCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 周岁 on {@code actDate}; see {@link AgeRule} for the birthday-day setting. */
    public int ageAt(LocalDate actDate, boolean fullAgeStartsDayAfterBirthday) {
        return new AgeRule(fullAgeStartsDayAfterBirthday).fullYears(birthDate, actDate);
    }

    /** 周岁 on {@code actDate} under the default rule (已满 from the day after the birthday). */
    public int ageAt(LocalDate actDate) {
        return AgeRule.DEFAULT.fullYears(birthDate, actDate);
    }

    public MinorStatus minorStatusAt(LocalDate actDate, boolean fullAgeStartsDayAfterBirthday) {
        return new AgeRule(fullAgeStartsDayAfterBirthday).minorStatus(birthDate, actDate);
    }

    public MinorStatus minorStatusAt(LocalDate actDate) {
        return AgeRule.DEFAULT.minorStatus(birthDate, actDate);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
