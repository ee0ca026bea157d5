package org.zhifa.workstation.exchange.bundle;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle whose every check passed: the manifest, the key that signed it, the JSON entries (in memory) and, when
 * the reader was asked to extract, every other entry in a numbered file of the caller's temporary folder.
 *
 * @param manifestSha256 SHA-256 of the manifest bytes (what the signature covers)
 */
public record VerifiedBundle(Path source, Manifest manifest, byte[] manifestBytes, String manifestSha256, SignerKey signer,
                             Map<String, byte[]> json, Map<String, Path> files) {

    public VerifiedBundle {
        json = Map.copyOf(json);
        files = Map.copyOf(files);
    }

    /** A JSON entry's bytes. */
    public Optional<byte[]> json(String path) {
        return Optional.ofNullable(json.get(path));
    }

    /** The extracted copy of a non-JSON entry (only when extracted). */
    public Optional<Path> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
