package org.zhifa.workstation.documents.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The field groups a template uses: the first part of each marker's name ({@code decision} of
 * {@code {{decision.fine}}}, of {@code {{#if decision.hearing}}} and of {@code {{#each decision.items}}}), and of its
 * required fields. The fields are then built only for those groups. Markers may be split across runs: the text of
 * each XML part is read with its tags removed. Results are kept per template content (an edited template is read
 * again).
 */
public final class TemplateMarkers {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKER = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private TemplateMarkers() {
    }

    /** The groups the template and its required fields use. */
    public static Set<String> groups(byte[] docx, Collection<String> required) {
        String key = sha256(docx) + "|" + String.join(",", required);
        return CACHE.computeIfAbsent(key, k -> scan(docx, required));
    }

    private static Set<String> scan(byte[] docx, Collection<String> required) {
        Set<String> groups = new HashSet<>();
        required.forEach(name -> groups.add(group(name)));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                String text = TAG.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = MARKER.matcher(text);
                while (m.find()) {
                    String name = m.group(1).strip();
                    if (name.startsWith("#if") || name.startsWith("#each")) {
                        name = name.replaceFirst("^#\\w+\\s*", "");
                    }
                    if (!name.isEmpty() && !name.startsWith("/") && !name.startsWith("item.")) {
                        groups.add(group(name));
                    }
                }
            }
        } catch (IOException e) {
            // not a readable package: the filler reports it; build every group meanwhile
            return Set.of();
        }
        return Set.copyOf(groups);
    }

    private static String group(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
