package org.zhifa.workstation.exchange.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Writes one bundle: the entries first (JSON deflated, files stored and streamed once), then manifest.json listing
 * them all and signature.json with the detached signature of the manifest's bytes. The ZIP is written to a temporary
 * file beside the target and moved into place only when complete, so a failure never leaves half a bundle.
 */
public final class BundleWriter implements Closeable {
    private final Path target;
    private final Path temp;
    private final ZipWriter zip;
    private final ExchangeLimits limits;
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final Set<String> collisions = new HashSet<>();
    private long total;
    private boolean done;

    public BundleWriter(Path target, ExchangeLimits limits) throws IOException {
        this.target = target.toAbsolutePath();
        this.limits = limits;
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, ".zhifa-bundle-", ".tmp");
        this.zip = new ZipWriter(temp);
    }

    /** A JSON entry (compressed). */
    public ManifestEntry addJson(String path, byte[] json) throws IOException {
        claim(path);
        ZipWriter.Written w = zip.addDeflated(path, json);
        return listed(path, w, MediaTypes.JSON);
    }

    /**
     * A content-addressed file (evidence, a stored document): its SHA-256 is its name in the content store, so the
     * file is read once only for the ZIP's CRC-32 while the kernel copies it into the bundle, and the manifest lists
     * that SHA-256. Every byte is checked against it by the receiver (and by {@code verify} here); a file that
     * changed in the store is refused there. With {@code knownSha256} null the file is hashed as it is copied.
     */
    public ManifestEntry addFile(String path, Path source, String mediaType, String knownSha256) throws IOException {
        claim(path);
        try {
            return listed(path, zip.addStoredFile(path, source, limits.maxTotalBytes() - total, knownSha256), mediaType);
        } catch (HashingPipe.LimitExceededException e) {
            throw new IOException(Texts.tr("exchange.write.tooLarge", limits.maxTotalBytes() / 1024 / 1024), e);
        }
    }

    /** A file hashed while it is copied; refused when it does not hash to {@code expectedSha256}. */
    public ManifestEntry addFileChecked(String path, Path source, String mediaType, String expectedSha256) throws IOException {
        claim(path);
        ZipWriter.Written w;
        try {
            w = zip.addStoredFile(path, source, limits.maxTotalBytes() - total, null);
        } catch (HashingPipe.LimitExceededException e) {
            throw new IOException(Texts.tr("exchange.write.tooLarge", limits.maxTotalBytes() / 1024 / 1024), e);
        }
        if (expectedSha256 != null && !expectedSha256.equals(w.sha256())) {
            throw new IOException(Texts.tr("exchange.write.changed", path));
        }
        return listed(path, w, mediaType);
    }

    public ManifestEntry addStream(String path, InputStream in, String mediaType, String expectedSha256) throws IOException {
        claim(path);
        ZipWriter.Written w;
        try {
            w = zip.addStored(path, in, limits.maxTotalBytes() - total);
        } catch (HashingPipe.LimitExceededException e) {
            throw new IOException(Texts.tr("exchange.write.tooLarge", limits.maxTotalBytes() / 1024 / 1024), e);
        }
        if (expectedSha256 != null && !expectedSha256.equals(w.sha256())) {
            throw new IOException(Texts.tr("exchange.write.changed", path));
        }
        return listed(path, w, mediaType);
    }

    /** Writes the manifest and its signature and moves the finished bundle to its target. */
    public WrittenBundle finish(BundleHeader header, BundleSigner signer) throws IOException {
        Manifest manifest = header.manifest(signer.keyId(), entries);
        byte[] manifestBytes = ManifestCodec.write(manifest);
        byte[] signature = signer.sign(manifestBytes);
        SignatureFile sig = new SignatureFile(Manifest.FORMAT_VERSION, SignatureFile.ALGORITHM, signer.keyId(),
                java.util.Base64.getEncoder().encodeToString(signature));
        zip.addDeflated(Manifest.MANIFEST_PATH, manifestBytes);
        zip.addDeflated(Manifest.SIGNATURE_PATH, ManifestCodec.write(sig));
        zip.finish();
        zip.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        String sha = HexFormat.of().formatHex(HashingPipe.sha256().digest(manifestBytes));
        return new WrittenBundle(target, manifest, sha, Files.size(target));
    }

    @Override
    public void close() {
        if (!done) {
            try {
                zip.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void claim(String path) {
        if (EntryPaths.problem(path).isPresent() || Manifest.MANIFEST_PATH.equals(path)
                || Manifest.SIGNATURE_PATH.equals(path) || !collisions.add(EntryPaths.collisionKey(path))) {
            throw new IllegalArgumentException("bad or repeated entry path: " + path);
        }
        if (entries.size() + 3 > limits.maxEntries()) {
            throw new IllegalStateException(Texts.tr("exchange.write.tooMany", limits.maxEntries()));
        }
    }

    private ManifestEntry listed(String path, ZipWriter.Written w, String mediaType) throws IOException {
        total += w.size();
        if (total > limits.maxTotalBytes()) {
            throw new IOException(Texts.tr("exchange.write.tooLarge", limits.maxTotalBytes() / 1024 / 1024));
        }
        ManifestEntry e = new ManifestEntry(path, w.size(), w.sha256(), mediaType);
        entries.add(e);
        return e;
    }
}
