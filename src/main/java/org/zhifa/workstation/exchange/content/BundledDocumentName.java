package org.zhifa.workstation.exchange.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentType;

/**
 * The name of a produced document in a bundle's {@code documents/} folder: {@code NN-TYPE-K.pdf} (or {@code .docx}),
 * NN its place in the case file, TYPE the document type, K which one of the type (0-based), so the receiving side
 * knows what each file is without trusting its title.
 */
public record BundledDocumentName(int position, DocumentType type, int occurrence, DocumentFormat format) {
    private static final Pattern NAME = Pattern.compile("(\\d{2,4})-([A-Z_]+)-(\\d{1,3})\\.(pdf|docx)");

    public static String of(int position, DocumentType type, int occurrence, DocumentFormat format) {
        return String.format(Locale.ROOT, "%02d-%s-%d.%s", position, type.name(), occurrence,
                format.name().toLowerCase(Locale.ROOT));
    }

    /** The parts of a name in that form; empty for any other name (a document of an older or other program). */
    public static Optional<BundledDocumentName> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BundledDocumentName(Integer.parseInt(m.group(1)), DocumentType.valueOf(m.group(2)),
                    Integer.parseInt(m.group(3)), DocumentFormat.valueOf(m.group(4).toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
