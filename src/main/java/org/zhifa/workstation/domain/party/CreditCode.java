package org.zhifa.workstation.domain.party;

import java.util.Objects;
import java.util.Optional;

/**
 * A 统一社会信用代码 (GB 32100-2015, rule R35): 18 characters over
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I O S V Z), the last one a mod-31 check character.
 * Some early codes fail the check; {@link #acceptWithOverride} admits them with a recorded reason.
 */
public final class CreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;
    private final String overrideReason;

    private CreditCode(String value, String overrideReason) {
        this.value = value;
        this.overrideReason = overrideReason;
    }

    public static ValidationResult<CreditCode> validate(String raw) {
        String structural = structuralError(raw);
        if (structural != null) {
            return ValidationResult.invalid(structural);
        }
        String s = raw.strip();
        if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            return ValidationResult.invalid("统一社会信用代码校验位错误");
        }
        return ValidationResult.valid(new CreditCode(s, null));
    }

    /** Parses or throws {@link IllegalArgumentException} with the Chinese reason. */
    public static CreditCode parse(String raw) {
        return validate(raw).orElseThrow();
    }

    /**
     * Supervisor override: accepts a code whose only defect is the check character, recording
     * the reason. A code that passes the check is returned without an override.
     */
    public static ValidationResult<CreditCode> acceptWithOverride(String raw, String reason) {
        if (reason == null || reason.isBlank()) {
            return ValidationResult.invalid("校验位例外须填写理由");
        }
        String structural = structuralError(raw);
        if (structural != null) {
            return ValidationResult.invalid(structural);
        }
        String s = raw.strip();
        boolean checks = checkCharacter(s.substring(0, 17)) == s.charAt(17);
        return ValidationResult.valid(new CreditCode(s, checks ? null : reason.strip()));
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("illegal character at " + i + ": " + first17);
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static String structuralError(String raw) {
        if (raw == null || raw.isBlank()) {
            return "统一社会信用代码为空";
        }
        String s = raw.strip();
        if (s.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        for (int i = 0; i < 18; i++) {
            char c = s.charAt(i);
            if (CHARSET.indexOf(c) >= 0) {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                return "统一社会信用代码字母应为大写";
            }
            return "统一社会信用代码含非法字符“" + c + "”";
        }
        return null;
    }

    public String value() {
        return value;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    /** The supervisor's reason when the check character failed and was overridden. */
    public Optional<String> overrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other
                && value.equals(other.value)
                && Objects.equals(overrideReason, other.overrideReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, overrideReason);
    }

    @Override
    public String toString() {
        return value;
    }
}
