package org.zhifa.workstation.exchange.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * manifest.json: what the bundle is and every other entry it holds with its size, SHA-256 and media type. The
 * detached signature (signature.json) covers the manifest's exact bytes, and the manifest covers every other byte,
 * so nothing in a verified bundle is unsigned (docs/bundle-format.md).
 *
 * @param formatVersion {@value #FORMAT_VERSION}
 * @param format        {@value #FORMAT}
 * @param createdAt     ISO-8601 instant (UTC) when the bundle was written
 * @param caseNo        CASE_BUNDLE, REVIEW_RESULT: the case
 * @param caseRevision  CASE_BUNDLE: the case revision exported; REVIEW_RESULT: the revision reviewed
 * @param refersTo      REVIEW_RESULT: the case bundle the opinion answers
 * @param packVersion   CATALOG_PACK: the pack's version (rises with every pack the county issues)
 * @param signerKeyId   the key that signed the bundle (the same as in signature.json)
 */
@JsonPropertyOrder({"formatVersion", "format", "kind", "bundleId", "createdAt", "source", "caseNo", "caseRevision",
        "refersTo", "packVersion", "signerKeyId", "entries"})
public record Manifest(int formatVersion, String format, BundleKind kind, String bundleId, String createdAt,
                       Source source, String caseNo, Integer caseRevision, Reference refersTo, Integer packVersion,
                       String signerKeyId, List<ManifestEntry> entries) {
    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT = "zhifa-bundle";
    public static final String MANIFEST_PATH = "manifest.json";
    public static final String SIGNATURE_PATH = "signature.json";

    public Manifest {
        entries = entries == null ? null : List.copyOf(entries);
    }

    /** Who wrote the bundle: the authority it speaks for (code and name). */
    @JsonPropertyOrder({"authority", "name"})
    public record Source(String authority, String name) { }

    /** The case bundle a review result answers, and the case revision it reviewed. */
    @JsonPropertyOrder({"bundleId", "caseRevision"})
    public record Reference(String bundleId, int caseRevision) { }

    /** The entry listed under a path. */
    public Optional<ManifestEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
