package org.zhifa.workstation.exchange.bundle;

import java.time.Instant;

/** The manifest fields a writer chooses; the entries and the signer's key id are added when the bundle is finished. */
public record BundleHeader(BundleKind kind, String bundleId, Instant createdAt, Manifest.Source source, String caseNo,
                           Integer caseRevision, Manifest.Reference refersTo, Integer packVersion) {

    Manifest manifest(String signerKeyId, java.util.List<ManifestEntry> entries) {
        return new Manifest(Manifest.FORMAT_VERSION, Manifest.FORMAT, kind, bundleId, createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), source,
                caseNo, caseRevision, refersTo, packVersion, signerKeyId, entries);
    }
}
