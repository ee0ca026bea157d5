package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.exchange.Refusals.refused;
import static org.zhifa.workstation.exchange.Refusals.refusedOnImport;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.county.ReviewQueueService.OpinionInput;

/**
 * The hostile cases that depend on what an installation has done: the same bundle twice, a result for a case that
 * changed (stale), a result after the submission was withdrawn, bundles taken to the wrong side. Each test starts
 * from a fresh submission of the demo case, so the tests do not depend on each other's order.
 */
class HostileFlowTest {
    private static final String CASE = "BD-2026-0003";

    @TempDir
    static Path root;
    static Installation township;
    static Installation county;

    @TempDir
    Path dir;

    @BeforeAll
    static void twoInstallations() {
        township = Installation.demo(root.resolve("township"));
        county = Installation.demo(root.resolve("county"));
        county.trust(township);
        township.trust(county);
    }

    @AfterAll
    static void close() {
        township.close();
        county.close();
    }

    /** A new submission of the case, received on the county; returns the case bundle. */
    private Path submitAndReceive(String name) {
        Path bundle = township.exchange.township().submitCase(CASE, Installation.operator(), dir.resolve(name), null, true)
                .bundle().file();
        county.exchange.importBundle(bundle, Installation.operator());
        return bundle;
    }

    /** The county's 同意 on the newest pending version of the case. */
    private Path approve(String name) {
        long id = county.exchange.county().pendingFor(CASE, Installation.TODAY).id();
        return county.exchange.county().writeOpinion(id, new OpinionInput(ReviewConclusion.APPROVE, List.of("同意"), null, "O12", null),
                Installation.operator(), dir.resolve(name)).bundle().file();
    }

    @Test
    void theSameCaseBundleTwiceChangesNothingAndSaysSo() {
        Path bundle = submitAndReceive("case.zip");
        refused(county, bundle, ProblemCode.REPLAY);
    }

    @Test
    void theSameReviewResultTwiceChangesNothingAndSaysSo() {
        submitAndReceive("case.zip");
        Path result = approve("result.zip");
        township.exchange.importBundle(result, Installation.operator());
        refused(township, result, ProblemCode.REPLAY);
    }

    @Test
    void aResultForACaseThatChangedSinceExportIsStale() {
        submitAndReceive("case.zip");
        Path result = approve("result.zip");
        township.exchange.township().withdraw(CASE, "补充证据", Installation.operator());
        township.addEvidence(CASE, "补充照片.jpg", 10_000, 11);
        refused(township, result, ProblemCode.STALE);
    }

    @Test
    void aResultForAWithdrawnSubmissionIsStaleEvenWhenTheCaseDidNotChange() {
        submitAndReceive("case.zip");
        Path result = approve("result.zip");
        township.exchange.township().withdraw(CASE, "撤回", Installation.operator());
        refused(township, result, ProblemCode.STALE);
    }

    @Test
    void aResultForAnOlderSubmissionThatWasReplacedIsStale() {
        submitAndReceive("case-1.zip");
        Path result = approve("result.zip");
        township.exchange.township().submitCase(CASE, Installation.operator(), dir.resolve("case-2.zip"), null, true);
        refused(township, result, ProblemCode.STALE);
    }

    @Test
    void aCaseBundleTakenBackToTheTownshipThatWroteItIsTheWrongSide() {
        Path bundle = township.exchange.township().submitCase(CASE, Installation.operator(), dir.resolve("case.zip"), null, true)
                .bundle().file();
        assertThat(township.exchange.verify(bundle).own()).as("intact, and marked as written here").isTrue();
        refusedOnImport(township, bundle, ProblemCode.WRONG_KIND);
    }

    @Test
    void aReviewResultForACaseTheCountyNeverSubmittedIsTheWrongSide() {
        submitAndReceive("case.zip");
        Path result = approve("result.zip");
        // a result (signed by a key the county trusts) that answers a submission the county never made
        List<BundleSurgery.Entry> entries = BundleSurgery.resigned(BundleSurgery.read(result),
                m -> BundleSurgery.withSigner(m, township.exchange.keys().signer().keyId()), township.exchange.keys().signer());
        Path moved = BundleSurgery.write(dir.resolve("moved.zip"), entries);
        refused(county, moved, ProblemCode.WRONG_KIND);
    }

    @Test
    void aResultByAReviewerTheTownshipDoesNotKnowIsRefused() {
        submitAndReceive("case.zip");
        Path result = approve("result.zip");
        List<BundleSurgery.Entry> entries = BundleSurgery.read(result);
        byte[] opinion = new String(BundleSurgery.entry(entries, "opinion.json").data(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"O12\"", "\"X99\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<BundleSurgery.Entry> changed = BundleSurgery.replace(entries, "opinion.json", e -> e.withData(opinion));
        String sha = java.util.HexFormat.of().formatHex(org.zhifa.workstation.exchange.bundle.HashingPipe.sha256().digest(opinion));
        List<BundleSurgery.Entry> signed = BundleSurgery.resigned(changed, m -> BundleSurgery.withEntries(m, m.entries().stream()
                .map(e -> e.path().equals("opinion.json")
                        ? new org.zhifa.workstation.exchange.bundle.ManifestEntry(e.path(), opinion.length, sha, e.mediaType()) : e)
                .toList()), county.exchange.keys().signer());
        refused(township, BundleSurgery.write(dir.resolve("unknown-reviewer.zip"), signed), ProblemCode.INVALID_CONTENT);
    }
}
