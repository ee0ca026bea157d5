package org.zhifa.workstation.domain.user;

import java.util.Optional;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The rules a new password must meet: 8 to 128 characters, at least one letter and one digit, not the username.
 * Kept modest on purpose (NIST SP 800-63B: length over composition rules); the hash makes guessing slow.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable, else the reason in Chinese. */
    public static Optional<String> check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Texts.tr("user.password.tooShort", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of(Texts.tr("user.password.tooLong", MAX_LENGTH));
        }
        boolean letter = false;
        boolean digit = false;
        boolean blank = true;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            blank &= Character.isWhitespace(c);
        }
        if (blank || !letter || !digit) {
            return Optional.of(Texts.tr("user.password.composition"));
        }
        if (username != null && username.equalsIgnoreCase(new String(password))) {
            return Optional.of(Texts.tr("user.password.sameAsUsername"));
        }
        return Optional.empty();
    }
}
