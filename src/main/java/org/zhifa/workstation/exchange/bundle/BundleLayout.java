package org.zhifa.workstation.exchange.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Which entries each kind of bundle holds (docs/bundle-format.md): fixed JSON files at the top, and files in one
 * folder level below ({@code documents/NAME}, {@code evidence/SHA256}, {@code templates/NAME}).
 */
public final class BundleLayout {
    public static final String CASE = "case.json";
    public static final String REFERENCE = "reference.json";
    public static final String OPINION = "opinion.json";
    public static final String PACK = "pack.json";
    public static final String CATALOG = "catalog.json";
    public static final String HOLIDAYS = "holidays.json";
    public static final String DOCUMENTS = "documents/";
    public static final String EVIDENCE = "evidence/";
    public static final String TEMPLATES = "templates/";

    private BundleLayout() {
    }

    /** The JSON files a kind requires, and those it may carry. */
    static Set<String> required(BundleKind kind) {
        return switch (kind) {
            case CASE_BUNDLE -> Set.of(CASE, REFERENCE);
            case REVIEW_RESULT -> Set.of(OPINION);
            case CATALOG_PACK -> Set.of(PACK);
        };
    }

    static Set<String> optionalFiles(BundleKind kind) {
        return kind == BundleKind.CATALOG_PACK ? Set.of(CATALOG, HOLIDAYS) : Set.of();
    }

    static Set<String> folders(BundleKind kind) {
        return switch (kind) {
            case CASE_BUNDLE -> Set.of(DOCUMENTS, EVIDENCE);
            case REVIEW_RESULT -> Set.of(DOCUMENTS);
            case CATALOG_PACK -> Set.of(TEMPLATES);
        };
    }

    /** Whether the path is a JSON file the reader keeps in memory. */
    static boolean isJson(String path) {
        return !path.contains("/") && path.endsWith(".json");
    }

    /** What is wrong with the manifest's entry list for its kind (empty when it fits). */
    static List<Problem> check(Manifest m) {
        List<Problem> problems = new ArrayList<>();
        Set<String> required = required(m.kind());
        for (String r : required) {
            if (m.entry(r).isEmpty()) {
                problems.add(new Problem(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.layout.required", r)));
            }
        }
        for (ManifestEntry e : m.entries()) {
            String p = e.path();
            if (Manifest.MANIFEST_PATH.equals(p) || Manifest.SIGNATURE_PATH.equals(p)) {
                problems.add(new Problem(ProblemCode.MANIFEST_MALFORMED, Texts.tr("exchange.layout.selfListed", p)));
                continue;
            }
            boolean top = required.contains(p) || optionalFiles(m.kind()).contains(p);
            int slash = p.indexOf('/');
            boolean inFolder = slash > 0 && p.indexOf('/', slash + 1) < 0
                    && folders(m.kind()).contains(p.substring(0, slash + 1));
            if (!top && !inFolder) {
                problems.add(new Problem(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.layout.unexpected", EntryPaths.shown(p))));
            } else if (isJson(p) && !MediaTypes.JSON.equals(e.mediaType())) {
                problems.add(new Problem(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.layout.notJson", p)));
            } else if (p.startsWith(EVIDENCE) && !p.substring(EVIDENCE.length()).equals(e.sha256())) {
                problems.add(new Problem(ProblemCode.INVALID_CONTENT, Texts.tr("exchange.layout.evidenceName", EntryPaths.shown(p))));
            }
        }
        return problems;
    }
}
