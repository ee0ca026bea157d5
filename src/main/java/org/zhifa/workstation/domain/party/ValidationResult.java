package org.zhifa.workstation.domain.party;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of validating an identity number: either the parsed value or the reason it was
 * rejected, as a short Simplified Chinese message meant for the user.
 */
public final class ValidationResult<T> {

    private final T value;
    private final String reason;

    private ValidationResult(T value, String reason) {
        this.value = value;
        this.reason = reason;
    }

    public static <T> ValidationResult<T> valid(T value) {
        return new ValidationResult<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> ValidationResult<T> invalid(String reason) {
        return new ValidationResult<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Why validation failed; empty when valid. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The value, or an {@link IllegalArgumentException} carrying the Chinese reason. */
    public T orElseThrow() {
        if (value == null) {
            throw new IllegalArgumentException(reason);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult<?> other
                && Objects.equals(value, other.value)
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason);
    }

    @Override
    public String toString() {
        return isValid() ? "Valid[" + value + "]" : "Invalid[" + reason + "]";
    }
}
