package org.zhifa.workstation.exchange;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ManifestEntry;

/**
 * Run in a JVM of its own with a small heap by {@link LargeEvidenceTest}: a case with one large evidence file is
 * exported (submitCase), verified and imported on a second installation; prints the numbers and exits 0 on success.
 * Arguments: the work folder, the evidence size in MiB.
 */
public final class LargeEvidenceMain {
    private LargeEvidenceMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        long size = Long.parseLong(args[1]) * 1024 * 1024;
        long[] maxUsed = new long[1];
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                maxUsed[0] = Math.max(maxUsed[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (Installation township = Installation.demo(work.resolve("township"));
             Installation county = Installation.demo(work.resolve("county"))) {
            county.trust(township);
            String sha = township.addEvidence("BD-2026-0003", "执法记录仪.mp4", size, 42);
            Files.deleteIfExists(township.dir.resolve("incoming-执法记录仪.mp4"));
            long t0 = System.nanoTime();
            Path bundle = township.exchange.township().submitCase("BD-2026-0003", Installation.operator(),
                    work.resolve("large.zip"), null, false).bundle().file();
            long t1 = System.nanoTime();
            Manifest m = county.exchange.verify(bundle).manifest();
            long t2 = System.nanoTime();
            county.exchange.importBundle(bundle, Installation.operator());
            long t3 = System.nanoTime();
            ManifestEntry e = m.entry("evidence/" + sha).orElseThrow();
            if (e.size() != size) {
                throw new IllegalStateException("size " + e.size());
            }
            sampler.interrupt();
            System.out.printf("LARGE-OK evidenceMiB=%d bundleBytes=%d maxHeapMiB=%d heapUsedMaxSampledMiB=%d export=%.1fs verify=%.1fs import=%.1fs%n",
                    size / 1024 / 1024, Files.size(bundle), Runtime.getRuntime().maxMemory() / 1024 / 1024,
                    maxUsed[0] / 1024 / 1024, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
        System.exit(0);
    }
}
