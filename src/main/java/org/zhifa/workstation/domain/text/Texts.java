package org.zhifa.workstation.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The user-visible strings (Simplified Chinese), from resource bundles: the main bundle and one bundle per part of
 * the procedure (rule messages and articles). The GUI, the CLI and the domain's rule messages read them here.
 */
public final class Texts {
    public static final String BUNDLE = "org.zhifa.workstation.messages";
    /** Every bundle, searched in this order; a key must be defined in exactly one of them. */
    public static final List<String> BUNDLES = List.of(BUNDLE,
            "org.zhifa.workstation.texts.procedure",
            "org.zhifa.workstation.texts.investigation",
            "org.zhifa.workstation.texts.decision",
            "org.zhifa.workstation.texts.execution",
            "org.zhifa.workstation.texts.services",
            "org.zhifa.workstation.texts.screens",
            "org.zhifa.workstation.texts.documents_engine",
            "org.zhifa.workstation.texts.documents_fields",
            "org.zhifa.workstation.texts.preview_print",
            "org.zhifa.workstation.texts.exchange",
            "org.zhifa.workstation.texts.review_stats",
            "org.zhifa.workstation.texts.review_gui",
            "org.zhifa.workstation.texts.backup",
            "org.zhifa.workstation.texts.stats_gui",
            "org.zhifa.workstation.texts.startup");
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static final List<ResourceBundle> ALL = BUNDLES.stream()
            .map(name -> ResourceBundle.getBundle(name, Locale.SIMPLIFIED_CHINESE))
            .toList();

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The text for a key, with {0}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        for (ResourceBundle b : ALL) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
            }
        }
        throw new IllegalStateException("missing text key " + key);
    }

    /** The label of an enum constant: key "{EnumSimpleName}.{CONSTANT}". */
    public static String label(Enum<?> value) {
        return value == null ? "" : tr(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
