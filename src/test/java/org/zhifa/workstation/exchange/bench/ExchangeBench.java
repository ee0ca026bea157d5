package org.zhifa.workstation.exchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.zhifa.workstation.exchange.bundle.BundleHeader;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleReader;
import org.zhifa.workstation.exchange.bundle.BundleSigner;
import org.zhifa.workstation.exchange.bundle.BundleWriter;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.SignerKey;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.keys.KeyService;

/**
 * Exchange throughput (docs/performance.md): writing a signed case bundle around one large evidence file (as
 * submitCase does, and once more re-hashing the evidence while it is copied), and verifying it (every check of the
 * reader, the streaming pass included), each against the raw SHA-256 of the same bytes read from the same file. Arguments: evidence size in MiB (default 512), rounds (default 5), work folder
 * (default a temporary folder). The median of the rounds is reported.
 */
public final class ExchangeBench {
    private ExchangeBench() {
    }

    public static void main(String[] args) throws Exception {
        int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("zhifa-bench-");
        Path evidence = work.resolve("evidence.bin");
        long size = (long) mebibytes * 1024 * 1024;
        write(evidence, size);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = KeyService.keyId(pair.getPublic());
        BundleSigner signer = new BundleSigner() {
            @Override
            public String keyId() {
                return keyId;
            }

            @Override
            public byte[] sign(byte[] data) {
                try {
                    Signature s = Signature.getInstance("Ed25519");
                    s.initSign(pair.getPrivate());
                    s.update(data);
                    return s.sign();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        BundleReader reader = new BundleReader(ExchangeLimits.defaults(),
                id -> Optional.of(new SignerKey(id, pair.getPublic(), SignerKey.Status.TRUSTED, null, "bench")));
        System.out.printf("machine: %d cores, %s %s, Java %s, max heap %d MiB, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1024 / 1024,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("evidence: %d MiB in %s; %d rounds, median%n", mebibytes, work, rounds);

        // warm-up (JIT, page cache)
        String expected = rawSha(evidence);
        Path bundle = work.resolve("bundle.zip");
        export(evidence, bundle, signer, expected);
        reader.verify(bundle);

        List<Double> raw = new ArrayList<>();
        List<Double> exp = new ArrayList<>();
        List<Double> ver = new ArrayList<>();
        List<Double> checked = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Files.deleteIfExists(bundle); // not timed: deleting 512 MiB on a file system mounted with discard is slow
            long t0 = System.nanoTime();
            String sha = rawSha(evidence);
            long t1 = System.nanoTime();
            export(evidence, bundle, signer, expected);
            long t2 = System.nanoTime();
            VerifiedBundle v = reader.verify(bundle);
            long t3 = System.nanoTime();
            if (!v.manifest().entry("evidence/" + sha).isPresent()) {
                throw new IllegalStateException("evidence hash differs");
            }
            Files.deleteIfExists(bundle);
            long t4 = System.nanoTime();
            exportChecked(evidence, bundle, signer, expected);
            long t5 = System.nanoTime();
            checked.add(mibPerSecond(size, t5 - t4));
            raw.add(mibPerSecond(size, t1 - t0));
            exp.add(mibPerSecond(size, t2 - t1));
            ver.add(mibPerSecond(size, t3 - t2));
            System.out.printf("round %d: raw SHA-256 %.0f MiB/s, export %.0f MiB/s, verify %.0f MiB/s, export re-hashing the evidence %.0f MiB/s%n",
                    r + 1, raw.getLast(), exp.getLast(), ver.getLast(), checked.getLast());
        }
        System.out.printf("best:   raw SHA-256 %.0f MiB/s | export %.0f MiB/s = %.0f %% | verify %.0f MiB/s = %.0f %%%n",
                Collections.max(raw), Collections.max(exp), 100 * Collections.max(exp) / Collections.max(raw),
                Collections.max(ver), 100 * Collections.max(ver) / Collections.max(raw));
        double r = median(raw);
        double e = median(exp);
        double v = median(ver);
        System.out.printf("median: raw SHA-256 %.0f MiB/s | export %.0f MiB/s = %.0f %% | verify %.0f MiB/s = %.0f %% | "
                + "export+verify %.0f MiB/s = %.0f %% of hashing the bytes twice%n", r, e, 100 * e / r, v, 100 * v / r,
                1 / (1 / e + 1 / v), 100 * (1 / (1 / e + 1 / v)) / (r / 2));
        System.out.printf("export re-hashing the evidence (addFileChecked): median %.0f MiB/s = %.0f %%%n",
                median(checked), 100 * median(checked) / r);
        Files.deleteIfExists(bundle);
        Files.deleteIfExists(evidence);
    }

    /** As submitCase writes it: the evidence's SHA-256 is its name in the content store, known beforehand. */
    private static void export(Path evidence, Path bundle, BundleSigner signer, String sha) throws IOException {
        try (BundleWriter w = new BundleWriter(bundle, ExchangeLimits.defaults())) {
            w.addJson("case.json", "{\"format\":\"zhifa-case/1\"}".getBytes(StandardCharsets.UTF_8));
            w.addJson("reference.json", "{}".getBytes(StandardCharsets.UTF_8));
            w.addFile("evidence/" + sha, evidence, "video/mp4", sha);
            w.finish(new BundleHeader(BundleKind.CASE_BUNDLE, UUID.randomUUID().toString(), Instant.now(),
                    new Manifest.Source("BENCH", "基准测试"), "BENCH-1", 1, null, null), signer);
        }
    }

    /** The same bundle with the evidence hashed again while it is copied (BundleWriter.addFileChecked). */
    private static void exportChecked(Path evidence, Path bundle, BundleSigner signer, String sha) throws IOException {
        try (BundleWriter w = new BundleWriter(bundle, ExchangeLimits.defaults())) {
            w.addJson("case.json", "{\"format\":\"zhifa-case/1\"}".getBytes(StandardCharsets.UTF_8));
            w.addJson("reference.json", "{}".getBytes(StandardCharsets.UTF_8));
            w.addFileChecked("evidence/" + sha, evidence, "video/mp4", sha);
            w.finish(new BundleHeader(BundleKind.CASE_BUNDLE, UUID.randomUUID().toString(), Instant.now(),
                    new Manifest.Source("BENCH", "基准测试"), "BENCH-1", 1, null, null), signer);
        }
    }

    /** SHA-256 of the file in 1 MiB reads on the calling thread: the yardstick. */
    static String rawSha(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 20];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, long size) throws IOException {
        Random random = new Random(1);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
        }
    }

    private static double mibPerSecond(long bytes, long nanos) {
        return bytes / 1024.0 / 1024.0 / (nanos / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
