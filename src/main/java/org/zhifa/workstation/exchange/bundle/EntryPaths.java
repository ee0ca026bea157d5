package org.zhifa.workstation.exchange.bundle;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The rules for entry paths: relative, '/'-separated, no empty, "." or ".." segment, no backslash, no drive letter
 * or other colon, no control or Windows-reserved characters or names, at most {@value #MAX_LENGTH} characters.
 * Entry paths are never used as file names when a bundle is read (entries go to numbered temporary files), but a
 * bundle that carries such a path is refused all the same.
 */
public final class EntryPaths {
    public static final int MAX_LENGTH = 255;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private EntryPaths() {
    }

    /** Why the path is unsafe, or empty when it is acceptable. */
    public static Optional<String> problem(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of(Texts.tr("exchange.path.empty"));
        }
        String shown = shown(path);
        if (path.length() > MAX_LENGTH) {
            return Optional.of(Texts.tr("exchange.path.tooLong", shown, MAX_LENGTH));
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of(Texts.tr("exchange.path.backslash", shown));
        }
        if (path.startsWith("/")) {
            return Optional.of(Texts.tr("exchange.path.absolute", shown));
        }
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            return Optional.of(Texts.tr("exchange.path.drive", shown));
        }
        if (path.endsWith("/")) {
            return Optional.of(Texts.tr("exchange.path.folder", shown));
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || ":*?\"<>|".indexOf(c) >= 0 || Character.isSurrogate(c) && !validSurrogate(path, i)) {
                return Optional.of(Texts.tr("exchange.path.character", shown));
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of(Texts.tr("exchange.path.parent", shown));
            }
            if (segment.isEmpty() || segment.equals(".") || segment.endsWith(".") || segment.endsWith(" ")
                    || segment.startsWith(" ")) {
                return Optional.of(Texts.tr("exchange.path.segment", shown));
            }
            String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
            if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
                return Optional.of(Texts.tr("exchange.path.reserved", shown));
            }
        }
        return Optional.empty();
    }

    /** The key under which two paths collide on a case-insensitive file system (Windows, macOS). */
    public static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The path as it may be shown in a message: control characters made visible, cut to a readable length. */
    public static String shown(String path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.length() && b.length() < 120; i++) {
            char c = path.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return path.length() > 120 ? b + "…" : b.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
