package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.exchange.BundleSurgery.entry;
import static org.zhifa.workstation.exchange.BundleSurgery.manifest;
import static org.zhifa.workstation.exchange.BundleSurgery.plus;
import static org.zhifa.workstation.exchange.BundleSurgery.read;
import static org.zhifa.workstation.exchange.BundleSurgery.replace;
import static org.zhifa.workstation.exchange.BundleSurgery.resigned;
import static org.zhifa.workstation.exchange.BundleSurgery.utf8;
import static org.zhifa.workstation.exchange.BundleSurgery.without;
import static org.zhifa.workstation.exchange.BundleSurgery.write;
import static org.zhifa.workstation.exchange.Refusals.refused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.exchange.BundleSurgery.Entry;
import org.zhifa.workstation.exchange.bundle.BundleSigner;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.bundle.Manifest;
import org.zhifa.workstation.exchange.bundle.ManifestEntry;
import org.zhifa.workstation.exchange.bundle.ProblemCode;

/**
 * One test per hostile bundle of the issue: each is built here by writing a bad ZIP from a valid case bundle, and
 * each must be refused by verify and by import on the county with a Chinese reason, with the county's database,
 * content store and temporary folder byte-for-byte unchanged.
 */
class HostileBundleTest {
    private static final String CASE = "BD-2026-0003";

    @TempDir
    static Path root;
    static Installation township;
    static Installation county;
    static Path valid;
    static List<Entry> entries;
    static String evidence;

    @TempDir
    Path dir;

    @BeforeAll
    static void twoInstallationsAndAValidBundle() {
        township = Installation.demo(root.resolve("township"));
        county = Installation.demo(root.resolve("county"));
        county.trust(township);
        township.trust(county);
        String sha = township.addEvidence(CASE, "现场照片.jpg", 200_000, 3);
        evidence = "evidence/" + sha;
        valid = township.exchange.township().submitCase(CASE, Installation.operator(), root.resolve("valid.zip"), null, false)
                .bundle().file();
        entries = read(valid);
        // the valid bundle passes, so every refusal below is caused by the damage done to it
        assertThat(county.exchange.verify(valid).manifest().caseNo()).isEqualTo(CASE);
    }

    @AfterAll
    static void close() {
        township.close();
        county.close();
    }

    private Path file(String name) {
        return dir.resolve(name);
    }

    private static BundleSigner townshipKey() {
        return township.exchange.keys().signer();
    }

    /** A key pair that no installation trusts. */
    private static BundleSigner strangerKey() {
        return TestKey.create();
    }

    // ---- not a ZIP, truncated -----------------------------------------------------------------------------------

    @Test
    void aTextFileIsNotAZip() throws Exception {
        refused(county, Files.writeString(file("case.zip"), "这不是一个压缩包"), ProblemCode.NOT_ZIP);
    }

    @Test
    void anEmptyFileIsNotAZip() throws Exception {
        refused(county, Files.write(file("empty.zip"), new byte[0]), ProblemCode.NOT_ZIP);
    }

    @Test
    void aBundleCutInHalfIsTruncated() {
        byte[] all = BundleSurgery.bytes(valid);
        refused(county, write(file("half.zip"), Arrays.copyOf(all, all.length / 2)), ProblemCode.TRUNCATED);
    }

    @Test
    void aBundleMissingItsLastBytesIsTruncated() {
        byte[] all = BundleSurgery.bytes(valid);
        refused(county, write(file("tail.zip"), Arrays.copyOf(all, all.length - 10)), ProblemCode.TRUNCATED);
    }

    // ---- entry paths --------------------------------------------------------------------------------------------

    @Test
    void anAbsolutePathIsRefused() {
        refused(county, write(file("abs.zip"), plus(entries, new Entry("/etc/cron.d/evil", utf8("x"), true))),
                ProblemCode.UNSAFE_PATH);
    }

    @Test
    void aPathClimbingOutWithDotDotIsRefused() {
        refused(county, write(file("dotdot.zip"), plus(entries, new Entry("documents/../../evil.sh", utf8("x"), true))),
                ProblemCode.UNSAFE_PATH);
    }

    @Test
    void aBackslashInAPathIsRefused() {
        refused(county, write(file("backslash.zip"), plus(entries, new Entry("documents\\..\\evil.pdf", utf8("x"), true))),
                ProblemCode.UNSAFE_PATH);
    }

    @Test
    void aDriveLetterIsRefused() {
        refused(county, write(file("drive.zip"), plus(entries, new Entry("C:/Windows/evil.dll", utf8("x"), true))),
                ProblemCode.UNSAFE_PATH);
    }

    @Test
    void theSameEntryTwiceIsRefused() {
        Entry again = entry(entries, "case.json");
        refused(county, write(file("dup.zip"), plus(entries, again.withData(utf8("{}")))), ProblemCode.DUPLICATE_ENTRY);
    }

    @Test
    void twoEntriesDifferingOnlyInCaseAreRefused() {
        refused(county, write(file("dupcase.zip"), plus(entries, new Entry("Case.json", utf8("{}"), true))),
                ProblemCode.DUPLICATE_ENTRY);
    }

    // ---- limits -------------------------------------------------------------------------------------------------

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        List<Entry> many = new ArrayList<>(entries);
        for (int i = 0; i < ExchangeLimits.defaults().maxEntries(); i++) {
            many.add(new Entry(String.format("documents/n%05d.txt", i), new byte[] {'x'}, false));
        }
        refused(county, write(file("many.zip"), many), ProblemCode.TOO_MANY_ENTRIES);
    }

    @Test
    void moreBytesThanTheLimitAreRefused() throws Exception {
        // a county whose limit is 1 MiB, and a bundle that is 2 MiB: refused before anything is unpacked
        ExchangeServices small = county.withLimits(ExchangeLimits.defaults().withMaxTotalBytes(1024 * 1024));
        Path big = township.exchange.township().submitCase(CASE, Installation.operator(), file("big-source.zip"), null, true)
                .bundle().file();
        assertThat(Files.size(big)).isLessThan(1024 * 1024);
        List<Entry> withBig = plus(read(big), new Entry("documents/big.pdf", new byte[2 * 1024 * 1024], false));
        refused(county, small, write(file("big.zip"), withBig), ProblemCode.TOO_LARGE, true);
    }

    @Test
    void aHeaderDeclaringGigabytesIsRefusedBeforeInflating() {
        byte[] zip = BundleSurgery.bytes(write(file("declared-src.zip"),
                plus(entries, new Entry("documents/huge.pdf", new byte[1000], true))));
        patchSizes(zip, "documents/huge.pdf", 3L * 1024 * 1024 * 1024);
        refused(county, write(file("declared.zip"), zip), ProblemCode.TOO_LARGE);
    }

    @Test
    void aHighCompressionRatioIsAZipBomb() {
        refused(county, write(file("ratio.zip"), plus(entries, new Entry("documents/zeros.pdf", new byte[50 * 1024 * 1024], true))),
                ProblemCode.COMPRESSION_RATIO);
    }

    @Test
    void anEntryInflatingToMoreThanItsHeaderSaysIsStoppedWhileInflating() {
        // the signed manifest and both ZIP headers say 1000 bytes; the data inflates to 20 MiB
        String bomb = "documents/bomb.pdf";
        List<Entry> signed = resigned(entries, m -> BundleSurgery.withEntries(m, withListed(m,
                new ManifestEntry(bomb, 1000, "0".repeat(64), "application/pdf"))), townshipKey());
        byte[] zip = BundleSurgery.bytes(write(file("bomb-src.zip"), plus(signed, new Entry(bomb, new byte[20 * 1024 * 1024], true))));
        patchSizes(zip, bomb, 1000);
        refused(county, write(file("bomb.zip"), zip), ProblemCode.COMPRESSION_RATIO);
    }

    // ---- manifest -----------------------------------------------------------------------------------------------

    @Test
    void aBundleWithoutManifestIsRefused() {
        refused(county, write(file("nomanifest.zip"), without(entries, Manifest.MANIFEST_PATH)), ProblemCode.MANIFEST_MISSING);
    }

    @Test
    void aMalformedManifestIsRefused() {
        refused(county, write(file("badmanifest.zip"), replace(entries, Manifest.MANIFEST_PATH,
                e -> e.withData(utf8("{\"formatVersion\":1,\"kind\":")))), ProblemCode.MANIFEST_MALFORMED);
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        byte[] m = new String(entry(entries, Manifest.MANIFEST_PATH).data(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"formatVersion\":1,", "\"formatVersion\":2,").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refused(county, write(file("v2.zip"), BundleSurgery.signed(entries, m, townshipKey())), ProblemCode.UNKNOWN_VERSION);
    }

    @Test
    void aManifestRewrittenInAnotherJsonLayoutIsRefusedEvenWhenSigned() {
        byte[] m = new String(entry(entries, Manifest.MANIFEST_PATH).data(), java.nio.charset.StandardCharsets.UTF_8)
                .replace(",", ", ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refused(county, write(file("pretty.zip"), BundleSurgery.signed(entries, m, townshipKey())), ProblemCode.MANIFEST_MALFORMED);
    }

    // ---- sizes, hashes, listing ---------------------------------------------------------------------------------

    @Test
    void aSizeThatDiffersFromTheManifestIsRefused() {
        List<Entry> signed = resigned(entries, m -> BundleSurgery.withEntries(m, m.entries().stream()
                .map(e -> e.path().equals("case.json") ? new ManifestEntry(e.path(), e.size() + 1, e.sha256(), e.mediaType()) : e)
                .toList()), townshipKey());
        refused(county, write(file("size.zip"), signed), ProblemCode.SIZE_MISMATCH);
    }

    @Test
    void aChangedCaseFileFailsItsHash() {
        refused(county, write(file("hash.zip"), replace(entries, "case.json", e -> {
            byte[] d = e.data().clone();
            int at = new String(d, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("30000");
            d[at] = '9'; // the proposed fine: 30000 -> 90000, same length
            return e.withData(d);
        })), ProblemCode.HASH_MISMATCH);
    }

    @Test
    void aFlippedByteInsideTheEvidenceIsFound() {
        byte[] zip = BundleSurgery.bytes(valid);
        int name = BundleSurgery.find(zip, utf8(evidence)).getFirst();
        zip[name + evidence.length() + 5000] ^= 0x01; // inside the stored evidence bytes
        refused(county, write(file("flip.zip"), zip), ProblemCode.HASH_MISMATCH);
    }

    @Test
    void aFileNotInTheManifestIsRefused() {
        refused(county, write(file("extra.zip"), plus(entries, new Entry("documents/附加说明.pdf", utf8("%PDF-1.4"), false))),
                ProblemCode.NOT_IN_MANIFEST);
    }

    @Test
    void aListedFileThatIsMissingIsRefused() {
        refused(county, write(file("missing.zip"), without(entries, evidence)), ProblemCode.MISSING_ENTRY);
    }

    // ---- signature and keys -------------------------------------------------------------------------------------

    @Test
    void aDamagedSignatureIsRefused() {
        refused(county, write(file("sig.zip"), replace(entries, Manifest.SIGNATURE_PATH, e -> {
            String s = new String(e.data(), java.nio.charset.StandardCharsets.UTF_8);
            int at = s.indexOf("\"signature\":\"") + 14;
            char c = s.charAt(at) == 'A' ? 'B' : 'A';
            return e.withData(utf8(s.substring(0, at) + c + s.substring(at + 1)));
        })), ProblemCode.BAD_SIGNATURE);
    }

    @Test
    void aManifestChangedAfterSigningIsRefused() {
        Manifest m = manifest(entries);
        Manifest changed = new Manifest(m.formatVersion(), m.format(), m.kind(), m.bundleId(), m.createdAt(), m.source(),
                m.caseNo(), m.caseRevision() + 5, m.refersTo(), m.packVersion(), m.signerKeyId(), m.entries());
        refused(county, write(file("changed.zip"), replace(entries, Manifest.MANIFEST_PATH,
                e -> e.withData(org.zhifa.workstation.exchange.bundle.ManifestCodec.write(changed)))), ProblemCode.BAD_SIGNATURE);
    }

    @Test
    void aBundleWithoutSignatureIsRefused() {
        refused(county, write(file("nosig.zip"), without(entries, Manifest.SIGNATURE_PATH)), ProblemCode.BAD_SIGNATURE);
    }

    @Test
    void aBundleResignedWithAnotherKeyIsRefused() throws Exception {
        BundleSigner stranger = strangerKey();
        refused(county, write(file("stranger.zip"), resigned(entries, m -> BundleSurgery.withSigner(m, stranger.keyId()), stranger)),
                ProblemCode.UNKNOWN_KEY);
    }

    @Test
    void aBundleSignedWithARevokedKeyIsRefused() throws Exception {
        TestKey former = TestKey.create();
        county.exchange.keys().importPublicKey(former.publicKeyFile(file("former.pub.json"), "BADU", "旧笔记本"),
                Installation.operator());
        county.exchange.keys().revoke(former.keyId(), "笔记本遗失", Installation.operator());
        refused(county, write(file("revoked.zip"), resigned(entries, m -> BundleSurgery.withSigner(m, former.keyId()), former)),
                ProblemCode.REVOKED_KEY);
    }

    @Test
    void aSignatureNamingAnotherKeyThanTheManifestIsRefused() throws Exception {
        BundleSigner stranger = strangerKey();
        byte[] m = entry(entries, Manifest.MANIFEST_PATH).data();
        refused(county, write(file("keyid.zip"), BundleSurgery.signed(entries, m, stranger)), ProblemCode.BAD_SIGNATURE);
    }

    // ---- the ZIP structure --------------------------------------------------------------------------------------

    @Test
    void aCentralDirectoryThatDisagreesWithTheLocalEntriesIsRefused() {
        byte[] zip = BundleSurgery.bytes(valid);
        // rename the first local entry "case.json" to "cAse.json" (same length), leaving the central directory
        int local = BundleSurgery.find(zip, utf8("case.json")).getFirst();
        zip[local + 1] = 'A';
        refused(county, write(file("cenloc.zip"), zip), ProblemCode.ZIP_INCONSISTENT);
    }

    @Test
    void anExtraFieldIsUnsignedDataAndRefused() {
        refused(county, write(file("extra-field.zip"), replace(entries, "case.json",
                e -> new Entry(e.name(), e.data(), e.deflate(), new byte[] {(byte) 0xfe, (byte) 0xca, 4, 0, 1, 2, 3, 4}, null))),
                ProblemCode.HIDDEN_DATA);
    }

    @Test
    void aZipCommentIsUnsignedDataAndRefused() {
        refused(county, write(file("comment.zip"), entries, "隐藏的内容"), ProblemCode.HIDDEN_DATA);
    }

    @Test
    void bytesBeforeTheZipAreRefused() {
        byte[] zip = BundleSurgery.bytes(valid);
        byte[] prefixed = new byte[zip.length + 16];
        System.arraycopy(zip, 0, prefixed, 16, zip.length);
        refused(county, write(file("prefixed.zip"), prefixed), ProblemCode.NOT_ZIP);
    }

    // ---- content ------------------------------------------------------------------------------------------------

    @Test
    void aCaseFileForAnotherCaseThanTheManifestIsRefused() {
        byte[] other = new String(entry(entries, "case.json").data(), java.nio.charset.StandardCharsets.UTF_8)
                .replace(CASE, "BD-2026-0099").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Entry> changed = replace(entries, "case.json", e -> e.withData(other));
        String sha = java.util.HexFormat.of().formatHex(org.zhifa.workstation.exchange.bundle.HashingPipe.sha256().digest(other));
        List<Entry> signed = resigned(changed, m -> BundleSurgery.withEntries(m, m.entries().stream()
                .map(e -> e.path().equals("case.json") ? new ManifestEntry(e.path(), other.length, sha, e.mediaType()) : e)
                .toList()), townshipKey());
        refused(county, write(file("othercase.zip"), signed), ProblemCode.INVALID_CONTENT);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static List<ManifestEntry> withListed(Manifest m, ManifestEntry more) {
        List<ManifestEntry> all = new ArrayList<>(m.entries());
        all.add(more);
        return all;
    }

    /** Sets the uncompressed size of an entry in both its local header and its central directory record. */
    private static void patchSizes(byte[] zip, String name, long size) {
        byte[] n = utf8(name);
        for (int at : BundleSurgery.find(zip, n)) {
            if (at >= 30 && zip[at - 30] == 'P' && zip[at - 29] == 'K' && zip[at - 28] == 3 && zip[at - 27] == 4) {
                BundleSurgery.putInt(zip, at - 30 + 22, size);
            } else if (at >= 46 && zip[at - 46] == 'P' && zip[at - 45] == 'K' && zip[at - 44] == 1 && zip[at - 43] == 2) {
                BundleSurgery.putInt(zip, at - 46 + 24, size);
            }
        }
    }
}
