package org.zhifa.workstation.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.zhifa.workstation.exchange.bundle.BundleSigner;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ManifestCodec;
import org.zhifa.workstation.exchange.bundle.SignatureFile;
import org.zhifa.workstation.exchange.bundle.ZipWriter;

/** Takes bundles apart and puts (hostile) ones together: entries, manifests, signatures, raw bytes. */
final class BundleSurgery {
    private BundleSurgery() {
    }

    /** One ZIP entry as written: name, content, deflated or stored, extra field bytes and comment. */
    record Entry(String name, byte[] data, boolean deflate, byte[] extra, String comment) {
        Entry(String name, byte[] data, boolean deflate) {
            this(name, data, deflate, new byte[0], null);
        }

        Entry withData(byte[] d) {
            return new Entry(name, d, deflate, extra, comment);
        }

        Entry withName(String n) {
            return new Entry(n, data, deflate, extra, comment);
        }
    }

    /** The entries of a bundle in directory order. */
    static List<Entry> read(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<Entry> entries = new ArrayList<>();
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    entries.add(new Entry(e.getName(), in.readAllBytes(), e.getMethod() == ZipEntry.DEFLATED));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path out, List<Entry> entries) {
        return write(out, entries, null);
    }

    static Path write(Path out, List<Entry> entries, String zipComment) {
        try (ZipWriter w = new ZipWriter(out)) {
            for (Entry e : entries) {
                w.add(e.name(), e.data(), e.deflate(), e.extra(), e.comment());
            }
            w.finish(zipComment);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entry entry(List<Entry> entries, String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Entry> replace(List<Entry> entries, String name, UnaryOperator<Entry> change) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.name().equals(name) ? change.apply(e) : e);
        }
        return out;
    }

    static List<Entry> without(List<Entry> entries, String name) {
        return entries.stream().filter(e -> !e.name().equals(name)).toList();
    }

    static List<Entry> plus(List<Entry> entries, Entry more) {
        List<Entry> out = new ArrayList<>(entries);
        out.add(more);
        return out;
    }

    static Manifest manifest(List<Entry> entries) {
        return ManifestCodec.read(entry(entries, Manifest.MANIFEST_PATH).data());
    }

    /** Replaces manifest.json by the given bytes and signature.json by their signature with the signer. */
    static List<Entry> signed(List<Entry> entries, byte[] manifestBytes, BundleSigner signer) {
        SignatureFile sig = new SignatureFile(Manifest.FORMAT_VERSION, SignatureFile.ALGORITHM, signer.keyId(),
                Base64.getEncoder().encodeToString(signer.sign(manifestBytes)));
        List<Entry> out = replace(entries, Manifest.MANIFEST_PATH, e -> e.withData(manifestBytes));
        return replace(out, Manifest.SIGNATURE_PATH, e -> e.withData(ManifestCodec.write(sig)));
    }

    /** The manifest changed and signed again by the signer (a valid signature over the changed manifest). */
    static List<Entry> resigned(List<Entry> entries, UnaryOperator<Manifest> change, BundleSigner signer) {
        Manifest m = change.apply(manifest(entries));
        return signed(entries, ManifestCodec.write(m), signer);
    }

    static Manifest withSigner(Manifest m, String keyId) {
        return new Manifest(m.formatVersion(), m.format(), m.kind(), m.bundleId(), m.createdAt(), m.source(), m.caseNo(),
                m.caseRevision(), m.refersTo(), m.packVersion(), keyId, m.entries());
    }

    static Manifest withEntries(Manifest m, List<org.zhifa.workstation.exchange.bundle.ManifestEntry> entries) {
        return new Manifest(m.formatVersion(), m.format(), m.kind(), m.bundleId(), m.createdAt(), m.source(), m.caseNo(),
                m.caseRevision(), m.refersTo(), m.packVersion(), m.signerKeyId(), entries);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Offsets of every occurrence of the bytes in the file. */
    static List<Integer> find(byte[] file, byte[] what) {
        List<Integer> at = new ArrayList<>();
        outer:
        for (int i = 0; i + what.length <= file.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (file[i + j] != what[j]) {
                    continue outer;
                }
            }
            at.add(i);
        }
        return at;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path out, byte[] data) {
        try {
            return Files.write(out, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void putInt(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
