package org.zhifa.workstation.exchange.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Reads a bundle defensively (docs/bundle-format.md, "Reading a bundle"). In order:
 * <ol>
 * <li>the file: a regular file, not larger than the limit, starting like a ZIP;</li>
 * <li>the central directory (java.util.zip.ZipFile): entry count, safe and unique paths, no folders, comments, extra
 *     fields or unknown methods, declared sizes and compression ratios within the limits;</li>
 * <li>signature.json and manifest.json: well formed, of a known format version, canonical; the key known, trusted and
 *     not revoked; the Ed25519 signature of the manifest's bytes valid;</li>
 * <li>the manifest against the directory: every entry listed exactly once, nothing listed that is missing, the sizes
 *     equal, the entries of the kind's layout;</li>
 * <li>one streaming pass over the local entries (ZipInputStream): the same names in the same order as the directory,
 *     bytes counted while they are inflated (never more than declared), every SHA-256 equal to the manifest's, the
 *     manifest and signature bytes equal to those read through the directory, nothing after the last entry.</li>
 * </ol>
 * The first stage that fails ends the reading with every problem it found. Entry paths are never used as file
 * names: an extracted entry goes to a numbered file in the caller's temporary folder. Nothing else is written.
 */
public final class BundleReader {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final long OVERHEAD_BYTES = 64L * 1024 * 1024;

    private final ExchangeLimits limits;
    private final SignerKeys keys;

    public BundleReader(ExchangeLimits limits, SignerKeys keys) {
        this.limits = limits;
        this.keys = keys;
    }

    /** Verifies without extracting anything. */
    public VerifiedBundle verify(Path file) {
        return read(file, null);
    }

    /**
     * Verifies the bundle; when {@code extractTo} (an existing, empty temporary folder) is given, every non-JSON
     * entry is copied there while it is checked.
     *
     * @throws BundleRejectedException with every problem of the first stage that failed
     */
    public VerifiedBundle read(Path file, Path extractTo) {
        long size = checkFile(file);
        try (ZipFile zip = open(file)) {
            List<ZipEntry> directory = directory(zip, size);
            Map<String, ZipEntry> byName = new LinkedHashMap<>();
            directory.forEach(e -> byName.put(e.getName(), e));
            byte[] signatureBytes = readSmall(zip, byName.get(Manifest.SIGNATURE_PATH), ExchangeLimits.MAX_SIGNATURE_BYTES,
                    ProblemCode.BAD_SIGNATURE, "exchange.read.noSignature");
            byte[] manifestBytes = readSmall(zip, byName.get(Manifest.MANIFEST_PATH), limits.maxManifestBytes(),
                    ProblemCode.MANIFEST_MISSING, "exchange.read.noManifest");
            Manifest manifest = ManifestCodec.read(manifestBytes);
            SignatureFile signature = ManifestCodec.readSignature(signatureBytes);
            SignerKey signer = checkSignature(manifest, manifestBytes, signature);
            checkListing(manifest, byName);
            return stream(file, directory, manifest, manifestBytes, signatureBytes, signer, extractTo);
        } catch (IOException e) {
            throw new BundleRejectedException(ProblemCode.UNREADABLE, Texts.tr("exchange.read.io", file, e.getMessage()));
        }
    }

    // ---- 1. the file ----------------------------------------------------------------------------------------------

    private long checkFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BundleRejectedException(ProblemCode.UNREADABLE, Texts.tr("exchange.read.noFile", file));
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxTotalBytes() + OVERHEAD_BYTES) {
                throw new BundleRejectedException(ProblemCode.TOO_LARGE,
                        Texts.tr("exchange.read.fileTooLarge", megabytes(size), megabytes(limits.maxTotalBytes())));
            }
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            boolean local = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean empty = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 5 && head[3] == 6;
            if (empty) {
                throw new BundleRejectedException(ProblemCode.MANIFEST_MISSING, Texts.tr("exchange.read.emptyZip"));
            }
            if (!local) {
                throw new BundleRejectedException(ProblemCode.NOT_ZIP, Texts.tr("exchange.read.notZip"));
            }
            return size;
        } catch (IOException e) {
            throw new BundleRejectedException(ProblemCode.UNREADABLE, Texts.tr("exchange.read.io", file, e.getMessage()));
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.truncated"));
        } catch (IOException e) {
            throw new BundleRejectedException(ProblemCode.UNREADABLE, Texts.tr("exchange.read.io", file, e.getMessage()));
        }
    }

    // ---- 2. the central directory -------------------------------------------------------------------------------

    private List<ZipEntry> directory(ZipFile zip, long fileSize) {
        if (zip.size() > limits.maxEntries()) {
            throw new BundleRejectedException(ProblemCode.TOO_MANY_ENTRIES,
                    Texts.tr("exchange.read.tooManyEntries", zip.size(), limits.maxEntries()));
        }
        List<Problem> problems = new ArrayList<>();
        String comment = zip.getComment();
        if (comment != null && !comment.isEmpty()) {
            problems.add(new Problem(ProblemCode.HIDDEN_DATA, Texts.tr("exchange.read.zipComment")));
        }
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long declared = 0;
        try {
            for (ZipEntry e : Collections.list(zip.entries())) {
                entries.add(e);
                if (entries.size() > limits.maxEntries()) {
                    throw new BundleRejectedException(ProblemCode.TOO_MANY_ENTRIES,
                            Texts.tr("exchange.read.tooManyEntries", entries.size(), limits.maxEntries()));
                }
                String name = e.getName();
                Optional<String> unsafe = EntryPaths.problem(name);
                if (unsafe.isPresent()) {
                    problems.add(new Problem(ProblemCode.UNSAFE_PATH, unsafe.get()));
                    continue;
                }
                if (!seen.add(EntryPaths.collisionKey(name))) {
                    problems.add(new Problem(ProblemCode.DUPLICATE_ENTRY, Texts.tr("exchange.read.duplicate", EntryPaths.shown(name))));
                    continue;
                }
                problems.addAll(hidden(e, "exchange.read.hiddenCentral"));
                long usize = e.getSize();
                long csize = e.getCompressedSize();
                if (usize < 0 || csize < 0) {
                    problems.add(new Problem(ProblemCode.ZIP_INCONSISTENT, Texts.tr("exchange.read.noSize", EntryPaths.shown(name))));
                    continue;
                }
                declared += usize;
                if (usize > limits.ratioFloorBytes() && usize > Math.max(csize, 1) * limits.maxRatio()) {
                    problems.add(new Problem(ProblemCode.COMPRESSION_RATIO, Texts.tr("exchange.read.ratio",
                            EntryPaths.shown(name), usize / Math.max(csize, 1), limits.maxRatio())));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // ZipFile refuses entry names that are not valid UTF-8 while enumerating
            throw new BundleRejectedException(ProblemCode.UNSAFE_PATH, Texts.tr("exchange.read.badName"));
        }
        if (declared > limits.maxTotalBytes()) {
            problems.add(new Problem(ProblemCode.TOO_LARGE,
                    Texts.tr("exchange.read.tooManyBytes", megabytes(declared), megabytes(limits.maxTotalBytes()))));
        } else if (declared > limits.ratioFloorBytes() && declared > Math.max(fileSize, 1) * limits.maxRatio()) {
            problems.add(new Problem(ProblemCode.COMPRESSION_RATIO,
                    Texts.tr("exchange.read.ratioTotal", declared / Math.max(fileSize, 1), limits.maxRatio())));
        }
        if (!problems.isEmpty()) {
            throw new BundleRejectedException(problems);
        }
        return entries;
    }

    /** Bytes outside the signed content: extra fields, comments, a foreign timestamp, encryption, other methods. */
    private static List<Problem> hidden(ZipEntry e, String key) {
        List<Problem> p = new ArrayList<>();
        byte[] extra = e.getExtra();
        String comment = e.getComment();
        boolean time;
        try {
            time = FIXED_TIME.equals(e.getTimeLocal());
        } catch (RuntimeException ex) {
            time = false;
        }
        boolean method = e.getMethod() == ZipEntry.STORED || e.getMethod() == ZipEntry.DEFLATED;
        if ((extra != null && extra.length > 0) || (comment != null && !comment.isEmpty()) || !time || !method) {
            p.add(new Problem(ProblemCode.HIDDEN_DATA, Texts.tr(key, EntryPaths.shown(e.getName()))));
        }
        return p;
    }

    private byte[] readSmall(ZipFile zip, ZipEntry entry, int max, ProblemCode missing, String missingKey) {
        if (entry == null) {
            throw new BundleRejectedException(missing, Texts.tr(missingKey));
        }
        if (entry.getSize() > max) {
            throw new BundleRejectedException(ProblemCode.TOO_LARGE,
                    Texts.tr("exchange.read.entryTooLarge", entry.getName(), max / 1024));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] data = in.readNBytes(max + 1);
            if (data.length != entry.getSize()) {
                throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT,
                        Texts.tr("exchange.read.sizeDiffers", entry.getName()));
            }
            return data;
        } catch (ZipException e) {
            throw corrupt(entry.getName(), e);
        } catch (EOFException e) {
            throw new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.truncated"));
        } catch (IOException e) {
            throw corrupt(entry.getName(), e);
        }
    }

    // ---- 3. signature -------------------------------------------------------------------------------------------

    private SignerKey checkSignature(Manifest manifest, byte[] manifestBytes, SignatureFile signature) {
        if (!signature.keyId().equals(manifest.signerKeyId())) {
            throw new BundleRejectedException(ProblemCode.BAD_SIGNATURE, Texts.tr("exchange.read.keyMismatch"));
        }
        SignerKey key = keys.find(signature.keyId()).orElseThrow(() -> new BundleRejectedException(ProblemCode.UNKNOWN_KEY,
                Texts.tr("exchange.read.unknownKey", fingerprint(signature.keyId()), manifest.source().name())));
        if (key.status() == SignerKey.Status.REVOKED) {
            throw new BundleRejectedException(ProblemCode.REVOKED_KEY,
                    Texts.tr("exchange.read.revokedKey", fingerprint(key.keyId()), key.label()));
        }
        try {
            Signature verifier = Signature.getInstance(SignatureFile.ALGORITHM);
            verifier.initVerify(key.publicKey());
            verifier.update(manifestBytes);
            if (!verifier.verify(Base64.getDecoder().decode(signature.signature()))) {
                throw new BundleRejectedException(ProblemCode.BAD_SIGNATURE, Texts.tr("exchange.read.badSignature"));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BundleRejectedException(ProblemCode.BAD_SIGNATURE, Texts.tr("exchange.read.badSignature"));
        }
        if (key.status() == SignerKey.Status.TRUSTED && key.authorityCode() != null
                && !key.authorityCode().equals(manifest.source().authority())) {
            throw new BundleRejectedException(ProblemCode.UNKNOWN_KEY, Texts.tr("exchange.read.keyAuthority",
                    fingerprint(key.keyId()), key.authorityCode(), manifest.source().authority()));
        }
        return key;
    }

    /** 8 groups of 4 hex digits, as people read them out over the phone. */
    public static String fingerprint(String keyId) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keyId.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(keyId, i, Math.min(keyId.length(), i + 4));
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }

    // ---- 4. manifest against the directory ----------------------------------------------------------------------

    private static void checkListing(Manifest manifest, Map<String, ZipEntry> byName) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ManifestEntry> listed = new HashMap<>();
        Set<String> collisions = new HashSet<>();
        for (ManifestEntry e : manifest.entries()) {
            Optional<String> unsafe = EntryPaths.problem(e.path());
            if (unsafe.isPresent()) {
                problems.add(new Problem(ProblemCode.UNSAFE_PATH, unsafe.get()));
            } else if (!collisions.add(EntryPaths.collisionKey(e.path()))) {
                problems.add(new Problem(ProblemCode.DUPLICATE_ENTRY, Texts.tr("exchange.read.listedTwice", EntryPaths.shown(e.path()))));
            } else {
                listed.put(e.path(), e);
            }
        }
        problems.addAll(BundleLayout.check(manifest));
        for (ManifestEntry e : listed.values()) {
            ZipEntry z = byName.get(e.path());
            if (z == null) {
                problems.add(new Problem(ProblemCode.MISSING_ENTRY, Texts.tr("exchange.read.missing", EntryPaths.shown(e.path()))));
            } else if (z.getSize() != e.size()) {
                problems.add(new Problem(ProblemCode.SIZE_MISMATCH,
                        Texts.tr("exchange.read.sizeMismatch", EntryPaths.shown(e.path()), z.getSize(), e.size())));
            }
        }
        for (String name : byName.keySet()) {
            if (!name.equals(Manifest.MANIFEST_PATH) && !name.equals(Manifest.SIGNATURE_PATH) && !listed.containsKey(name)) {
                problems.add(new Problem(ProblemCode.NOT_IN_MANIFEST, Texts.tr("exchange.read.notListed", EntryPaths.shown(name))));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleRejectedException(problems);
        }
    }

    // ---- 5. the streaming pass ----------------------------------------------------------------------------------

    private VerifiedBundle stream(Path file, List<ZipEntry> directory, Manifest manifest, byte[] manifestBytes,
                                  byte[] signatureBytes, SignerKey signer, Path extractTo) throws IOException {
        Map<String, byte[]> json = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024),
                StandardCharsets.UTF_8)) {
            int index = 0;
            for (ZipEntry expected : directory) {
                index++;
                String name = expected.getName();
                ZipEntry local = nextEntry(in);
                if (local == null) {
                    throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT,
                            Texts.tr("exchange.read.localMissing", EntryPaths.shown(name)));
                }
                if (!name.equals(local.getName()) || local.getMethod() != expected.getMethod()) {
                    throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT,
                            Texts.tr("exchange.read.localDiffers", index, EntryPaths.shown(name), EntryPaths.shown(local.getName())));
                }
                List<Problem> hidden = hidden(local, "exchange.read.hiddenLocal");
                if (!hidden.isEmpty()) {
                    throw new BundleRejectedException(hidden);
                }
                LimitedInput data = new LimitedInput(in, expected.getSize());
                HashingPipe.Result r;
                boolean small = name.equals(Manifest.MANIFEST_PATH) || name.equals(Manifest.SIGNATURE_PATH)
                        || BundleLayout.isJson(name);
                try {
                    if (small) {
                        if (expected.getSize() > limits.maxJsonBytes() && !name.equals(Manifest.MANIFEST_PATH)) {
                            throw new BundleRejectedException(ProblemCode.TOO_LARGE,
                                    Texts.tr("exchange.read.entryTooLarge", name, limits.maxJsonBytes() / 1024));
                        }
                        ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(expected.getSize(), 1 << 20));
                        r = HashingPipe.copy(data, buf::write, expected.getSize());
                        byte[] bytes = buf.toByteArray();
                        if (name.equals(Manifest.MANIFEST_PATH) && !java.util.Arrays.equals(bytes, manifestBytes)
                                || name.equals(Manifest.SIGNATURE_PATH) && !java.util.Arrays.equals(bytes, signatureBytes)) {
                            throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT,
                                    Texts.tr("exchange.read.localContent", name));
                        }
                        json.put(name, bytes);
                    } else if (extractTo != null) {
                        Path out = extractTo.resolve(String.format("entry-%05d.bin", index));
                        try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                            r = HashingPipe.copy(data, o::write, expected.getSize());
                        }
                        files.put(name, out);
                    } else {
                        r = HashingPipe.copy(data, (b, off, len) -> { }, expected.getSize());
                    }
                } catch (HashingPipe.LimitExceededException e) {
                    throw new BundleRejectedException(expected.getMethod() == ZipEntry.DEFLATED
                            ? ProblemCode.COMPRESSION_RATIO : ProblemCode.ZIP_INCONSISTENT,
                            Texts.tr("exchange.read.moreThanDeclared", EntryPaths.shown(name), expected.getSize()));
                } catch (ZipException e) {
                    throw corrupt(name, e);
                } catch (EOFException e) {
                    throw new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.truncated"));
                }
                if (r.size() != expected.getSize() || local.getSize() >= 0 && local.getSize() != expected.getSize()
                        || local.getCrc() >= 0 && local.getCrc() != expected.getCrc()
                        || local.getCompressedSize() >= 0 && local.getCompressedSize() != expected.getCompressedSize()) {
                    throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT,
                            Texts.tr("exchange.read.sizeDiffers", EntryPaths.shown(name)));
                }
                if (!small || json.containsKey(name) && !name.equals(Manifest.MANIFEST_PATH) && !name.equals(Manifest.SIGNATURE_PATH)) {
                    ManifestEntry listed = manifest.entry(name).orElseThrow();
                    if (listed.size() != r.size()) {
                        throw new BundleRejectedException(ProblemCode.SIZE_MISMATCH,
                                Texts.tr("exchange.read.sizeMismatch", EntryPaths.shown(name), r.size(), listed.size()));
                    }
                    if (!listed.sha256().equals(r.sha256())) {
                        throw new BundleRejectedException(ProblemCode.HASH_MISMATCH,
                                Texts.tr("exchange.read.hashMismatch", EntryPaths.shown(name)));
                    }
                }
            }
            if (nextEntry(in) != null) {
                throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT, Texts.tr("exchange.read.localExtra"));
            }
        }
        json.remove(Manifest.MANIFEST_PATH);
        json.remove(Manifest.SIGNATURE_PATH);
        String manifestSha = HexFormat.of().formatHex(HashingPipe.sha256().digest(manifestBytes));
        return new VerifiedBundle(file, manifest, manifestBytes, manifestSha, signer, json, files);
    }

    private static ZipEntry nextEntry(ZipInputStream in) {
        try {
            return in.getNextEntry();
        } catch (ZipException e) {
            throw new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT, Texts.tr("exchange.read.localBroken", e.getMessage()));
        } catch (EOFException e) {
            throw new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.truncated"));
        } catch (IOException e) {
            throw new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.truncated"));
        } catch (IllegalArgumentException e) {
            throw new BundleRejectedException(ProblemCode.UNSAFE_PATH, Texts.tr("exchange.read.badName"));
        }
    }

    private static BundleRejectedException corrupt(String name, IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("CRC")) {
            return new BundleRejectedException(ProblemCode.HASH_MISMATCH, Texts.tr("exchange.read.hashMismatch", EntryPaths.shown(name)));
        }
        if (m.contains("size")) {
            return new BundleRejectedException(ProblemCode.ZIP_INCONSISTENT, Texts.tr("exchange.read.sizeDiffers", EntryPaths.shown(name)));
        }
        return new BundleRejectedException(ProblemCode.TRUNCATED, Texts.tr("exchange.read.damaged", EntryPaths.shown(name)));
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** Passes at most {@code limit} bytes on; the next byte makes it fail, so inflation stops at the declared size. */
    private static final class LimitedInput extends InputStream {
        private final InputStream in;
        private final long limit;
        private long count;

        LimitedInput(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            long room = limit - count;
            int want = (int) Math.min(len, room + 1);
            int n = in.read(b, off, want);
            if (n < 0) {
                return -1;
            }
            count += n;
            if (count > limit) {
                throw new HashingPipe.LimitExceededException(limit);
            }
            return n;
        }
    }
}
