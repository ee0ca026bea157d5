package org.zhifa.workstation.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings, all from one resource bundle (Simplified Chinese).
 * The GUI, the CLI and the rule messages of the domain read them from here.
 */
public final class Texts {
    public static final String BUNDLE = "org.zhifa.workstation.messages";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The text for a key, with {0}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        try {
            String pattern = MESSAGES.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text key " + key, e);
        }
    }

    /** The label of an enum constant: key "{EnumSimpleName}.{CONSTANT}". */
    public static String label(Enum<?> value) {
        return value == null ? "" : tr(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
