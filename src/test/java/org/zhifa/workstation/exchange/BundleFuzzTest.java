package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.exchange.BundleSurgery.Entry;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.Problem;
import org.zhifa.workstation.exchange.bundle.ProblemCode;

/**
 * Mutates a valid case bundle a few hundred times with a fixed seed (flipped bits, truncation, dropped, duplicated and
 * reordered entries, inserted and appended bytes) and hands every mutant to the county's verify and import. Each
 * must be refused with a reason, or accepted unchanged (the same signed manifest: only the ZIP framing moved).
 * After every refusal the county's database, content store and temporary folder are unchanged; at the end the
 * refused mutants are run again against the closed-and-reopened database, which must be the same afterwards.
 */
class BundleFuzzTest {
    private static final long SEED = 20261125L;
    private static final int ITERATIONS = 300;
    private static final String CASE = "BD-2026-0003";

    @TempDir
    Path root;

    @Test
    void everyMutantIsRefusedWithAReasonOrAcceptedUnchanged() throws Exception {
        Path refusedDir = Files.createDirectories(root.resolve("refused"));
        Path valid;
        Manifest original;
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Map<ProblemCode, Integer> codes = new EnumMap<>(ProblemCode.class);
        List<Path> refusedMutants = new ArrayList<>();
        try (Installation township = Installation.demo(root.resolve("township"));
             Installation county = Installation.demo(root.resolve("county"))) {
            county.trust(township);
            township.addEvidence(CASE, "现场照片.jpg", 20_000, 5);
            valid = township.exchange.township().submitCase(CASE, Installation.operator(), root.resolve("valid.zip"), null, false)
                    .bundle().file();
            original = BundleSurgery.manifest(BundleSurgery.read(valid));
            byte[] bytes = Files.readAllBytes(valid);
            List<Entry> entries = BundleSurgery.read(valid);
            Random random = new Random(SEED);
            Snapshot baseline = Snapshot.of(county);
            for (int i = 0; i < ITERATIONS; i++) {
                String kind = kind(i);
                byte[] mutant = mutate(kind, random, bytes, entries, root.resolve("work.zip"));
                Path file = Files.write(root.resolve(String.format("mutant-%03d.zip", i)), mutant);
                counts.merge(kind, 1, Integer::sum);
                BundleRejectedException verifyRefusal = null;
                try {
                    county.exchange.verify(file);
                } catch (BundleRejectedException e) {
                    verifyRefusal = e;
                }
                try {
                    ExchangeServices.Imported imported = county.exchange.importBundle(file, Installation.operator());
                    assertThat(verifyRefusal).as("verify refused what import took: %s", kind).isNull();
                    assertThat(imported.bundleId()).isEqualTo(original.bundleId());
                    Manifest took = BundleSurgery.manifest(BundleSurgery.read(file));
                    assertThat(took).as("accepted only unchanged").isEqualTo(original);
                    counts.merge("accepted", 1, Integer::sum);
                    baseline = Snapshot.of(county);
                } catch (BundleRejectedException e) {
                    assertThat(e.problems()).as("a reason").isNotEmpty()
                            .allSatisfy(p -> assertThat(p.message()).matches("(?s).*\\p{IsHan}.*"));
                    if (verifyRefusal != null) {
                        assertThat(e.problems()).extracting(Problem::code)
                                .as("verify and import agree on %s", kind).isEqualTo(verifyRefusal.problems().stream().map(Problem::code).toList());
                    } else {
                        assertThat(e.code()).as("only a replay may pass verify and fail import").isEqualTo(ProblemCode.REPLAY);
                    }
                    codes.merge(e.code(), 1, Integer::sum);
                    Snapshot now = Snapshot.of(county);
                    if (!now.equals(baseline)) {
                        fail("mutant %d (%s) was refused (%s) but changed the county:%n%s", i, kind, e.getMessage(),
                                baseline.difference(now));
                    }
                    refusedMutants.add(Files.move(file, refusedDir.resolve(file.getFileName())));
                } catch (RuntimeException e) {
                    throw new AssertionError("mutant " + i + " (" + kind + ") failed with " + e, e);
                }
            }
        }
        System.out.println("fuzz: " + counts + " refusals by code: " + codes);
        assertThat(counts.getOrDefault("accepted", 0)).as("some mutants only move the ZIP framing").isPositive();
        assertThat(codes.size()).as("many different checks fire").isGreaterThanOrEqualTo(8);

        // what is on disk: close, reopen, run the refused mutants again, close, reopen: the same database. (The
        // file's own bytes are no measure: H2 rewrites and compacts the file on every open and close, even when no
        // row changes, so the comparison is of the SQL dump of the reopened database.)
        Snapshot closed;
        try (Installation county = Installation.open(root.resolve("county"))) {
            closed = Snapshot.of(county);
            for (Path m : refusedMutants) {
                try {
                    county.exchange.importBundle(m, Installation.operator());
                    fail("%s was refused before and accepted now", m.getFileName());
                } catch (BundleRejectedException expected) {
                    assertThat(expected.problems()).isNotEmpty();
                }
            }
        }
        try (Installation county = Installation.open(root.resolve("county"))) {
            Snapshot reopened = Snapshot.of(county);
            assertThat(reopened).as("the database after the refused imports, closed and reopened:%n%s",
                    closed.difference(reopened)).isEqualTo(closed);
        }
    }

    private static String kind(int i) {
        return switch (i % 8) {
            case 0, 1 -> "flip";
            case 2 -> "truncate";
            case 3 -> "drop";
            case 4 -> "duplicate";
            case 5 -> "reorder";
            case 6 -> "insert";
            default -> "append";
        };
    }

    private static byte[] mutate(String kind, Random r, byte[] bytes, List<Entry> entries, Path work) {
        switch (kind) {
            case "flip" -> {
                byte[] m = bytes.clone();
                int flips = 1 + r.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return m;
            }
            case "truncate" -> {
                return Arrays.copyOf(bytes, r.nextInt(bytes.length));
            }
            case "drop" -> {
                List<Entry> less = new ArrayList<>(entries);
                less.remove(r.nextInt(less.size()));
                return BundleSurgery.bytes(BundleSurgery.write(work, less));
            }
            case "duplicate" -> {
                List<Entry> more = new ArrayList<>(entries);
                Entry twice = entries.get(r.nextInt(entries.size()));
                more.add(r.nextInt(more.size() + 1), twice);
                return BundleSurgery.bytes(BundleSurgery.write(work, more));
            }
            case "reorder" -> {
                List<Entry> shuffled = new ArrayList<>(entries);
                Collections.shuffle(shuffled, r);
                return BundleSurgery.bytes(BundleSurgery.write(work, shuffled));
            }
            case "insert" -> {
                int at = r.nextInt(bytes.length);
                byte[] junk = new byte[1 + r.nextInt(64)];
                r.nextBytes(junk);
                byte[] m = new byte[bytes.length + junk.length];
                System.arraycopy(bytes, 0, m, 0, at);
                System.arraycopy(junk, 0, m, at, junk.length);
                System.arraycopy(bytes, at, m, at + junk.length, bytes.length - at);
                return m;
            }
            default -> {
                byte[] junk = new byte[1 + r.nextInt(256)];
                r.nextBytes(junk);
                byte[] m = Arrays.copyOf(bytes, bytes.length + junk.length);
                System.arraycopy(junk, 0, m, bytes.length, junk.length);
                return m;
            }
        }
    }
}
