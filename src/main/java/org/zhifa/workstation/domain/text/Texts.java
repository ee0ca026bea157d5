package org.zhifa.workstation.domain.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

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
    /**
     * Every text by key. The bundles have no locale variants, so their .properties files are read directly: the
     * ResourceBundle lookup of locale candidates across every jar of the class path cost the start-up tens of ms.
     */
    private static final Map<String, String> TEXTS = load();

    private Texts() {
    }

    /** The text for a key, with {0}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        String pattern = TEXTS.get(key);
        if (pattern == null) {
            throw new IllegalStateException("missing text key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }

    private static Map<String, String> load() {
        Map<String, String> all = new HashMap<>(8192);
        for (String name : BUNDLES) {
            String path = "/" + name.replace('.', '/') + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing text bundle " + path);
                }
                Properties bundle = new Properties();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundle.stringPropertyNames().forEach(key -> all.putIfAbsent(key, bundle.getProperty(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(all);
    }

    /** The label of an enum constant: key "{EnumSimpleName}.{CONSTANT}". */
    public static String label(Enum<?> value) {
        return value == null ? "" : tr(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
