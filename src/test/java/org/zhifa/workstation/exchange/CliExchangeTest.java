package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.exchange.BundleSurgery.Entry;

/**
 * The acceptance flow, all through the command line: two data directories with the demo township, keys exchanged
 * with keys export/import, a case exported, verified and imported on the county, reviewed there, the result verified
 * and imported back; then hostile bundles, each refused by bundle verify and bundle import with a reason (exit 2),
 * with {@code case list --json} unchanged.
 */
class CliExchangeTest {
    private static final String CASE = "BD-2026-0003";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path township;
    @TempDir
    Path county;
    @TempDir
    Path usb;

    private static CliHarness.Run at(Path dir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(all);
    }

    private static CliHarness.Run ok(Path dir, String... args) {
        CliHarness.Run r = at(dir, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(ExitCodes.OK);
        return r;
    }

    private static String fingerprint(String out) {
        Matcher m = Pattern.compile("密钥指纹：([0-9A-F ]{39})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void exportVerifyImportReviewAndBackThroughTheCommandLine() throws Exception {
        ok(township, "demo");
        ok(county, "demo");
        String townshipPrint = fingerprint(ok(township, "keys", "export", "--out", usb.resolve("township.pub.json").toString()).out());
        String countyPrint = fingerprint(ok(county, "keys", "export", "--out", usb.resolve("county.pub.json").toString()).out());
        ok(township, "keys", "import", usb.resolve("county.pub.json").toString(), "--fingerprint", countyPrint);
        ok(county, "keys", "import", usb.resolve("township.pub.json").toString(), "--fingerprint", townshipPrint);
        JsonNode keys = JSON.readTree(ok(county, "keys", "list", "--json").out());
        assertThat(keys).extracting(k -> k.path("status").asText()).containsExactly("OWN", "TRUSTED");

        Path bundle = usb.resolve("BD-2026-0003.zip");
        CliHarness.Run exported = ok(township, "bundle", "export", CASE, "--out", bundle.toString());
        assertThat(exported.out()).contains("已报送审核");
        assertThat(ok(township, "bundle", "verify", bundle.toString()).out()).contains("本机生成");
        assertThat(ok(county, "bundle", "verify", bundle.toString()).out()).contains("有效的案件包");
        assertThat(ok(county, "bundle", "import", bundle.toString()).out()).contains("放入审核队列");

        JsonNode queue = JSON.readTree(ok(county, "review", "queue", "--json").out());
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).path("caseNo").asText()).isEqualTo(CASE);
        assertThat(queue.get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(queue.get(0).path("source").path("authority").asText()).isEqualTo("BADU");
        // the county audited the bundle on receipt: the clean demo case scores 100 without a veto item
        assertThat(queue.get(0).path("auditScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(queue.get(0).path("auditVetoed").asBoolean()).isFalse();
        assertThat(ok(county, "review", "queue").out()).contains("评查得分", "\t100.00\t");
        assertThat(ok(county, "review", "show", CASE).out()).contains("调查终结");

        Path result = usb.resolve("BD-2026-0003-result.zip");
        ok(county, "review", "opinion", CASE, "--conclusion", "SUPPLEMENT", "--point", "补充采砂数量的测量记录",
                "--point", "核实违法所得的计算", "--basis", "《中华人民共和国行政处罚法》第五十八条", "--reviewer", "O12",
                "--out", result.toString());
        assertThat(JSON.readTree(ok(county, "review", "queue", "--json").out()).get(0).path("conclusion").asText())
                .isEqualTo("SUPPLEMENT");

        ok(township, "bundle", "verify", result.toString());
        assertThat(ok(township, "bundle", "import", result.toString()).out()).contains("补正").contains("2 条意见");
        JsonNode shown = JSON.readTree(ok(township, "case", "show", CASE, "--json").out());
        assertThat(shown.path("state").asText()).isEqualTo("INVESTIGATING");

        // hostile bundles: refused by verify and by import, with a reason, and case list unchanged
        String casesT = ok(township, "case", "list", "--json").out();
        String casesC = ok(county, "case", "list", "--json").out();
        byte[] raw = Files.readAllBytes(bundle);
        List<Entry> entries = BundleSurgery.read(bundle);

        byte[] flipped = raw.clone();
        flipped[raw.length / 3] ^= 0x20;
        refusedBoth(county, Files.write(usb.resolve("flipped.zip"), flipped), casesC);
        refusedBoth(county, Files.write(usb.resolve("truncated.zip"), Arrays.copyOf(raw, raw.length - 100)), casesC);
        refusedBoth(county, BundleSurgery.write(usb.resolve("escape.zip"),
                BundleSurgery.plus(entries, new Entry("../../evil.sh", "rm -rf /".getBytes(), true))), casesC);
        refusedBoth(county, BundleSurgery.write(usb.resolve("duplicate.zip"),
                BundleSurgery.plus(entries, BundleSurgery.entry(entries, "case.json"))), casesC);
        refusedBoth(county, BundleSurgery.write(usb.resolve("missing.zip"), BundleSurgery.without(entries, "reference.json")), casesC);
        refusedBoth(county, BundleSurgery.write(usb.resolve("extra.zip"),
                BundleSurgery.plus(entries, new Entry("documents/extra.pdf", "%PDF".getBytes(), false))), casesC);
        TestKey stranger = TestKey.create();
        refusedBoth(county, BundleSurgery.write(usb.resolve("resigned.zip"), BundleSurgery.resigned(entries,
                m -> BundleSurgery.withSigner(m, stranger.keyId()), stranger)), casesC);
        CliHarness.Run replay = refusedBoth(county, bundle, casesC);
        assertThat(replay.err()).contains("未作任何更改");
        refusedBoth(township, result, casesT);

        // a second opinion on the answered version is refused
        CliHarness.Run again = at(county, "review", "opinion", CASE, "--conclusion", "APPROVE", "--reviewer", "O12",
                "--out", usb.resolve("again.zip").toString());
        assertThat(again.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(again.err()).contains("没有待审核的版本");
    }

    @Test
    void aResultForASubmissionReplacedByAResubmissionIsStaleAndAFolderImportsWhatItCan() throws Exception {
        ok(township, "demo");
        ok(county, "demo");
        ok(township, "keys", "export", "--out", usb.resolve("t.pub.json").toString());
        ok(county, "keys", "export", "--out", usb.resolve("c.pub.json").toString());
        ok(township, "keys", "import", usb.resolve("c.pub.json").toString());
        ok(county, "keys", "import", usb.resolve("t.pub.json").toString());

        Path inbox = Files.createDirectories(usb.resolve("inbox"));
        ok(township, "bundle", "export", CASE, "--out", inbox.resolve("1.zip").toString());
        Files.writeString(inbox.resolve("2-broken.zip"), "不是交换包");
        Files.writeString(inbox.resolve("说明.txt"), "U盘里的其他文件不导入");
        CliHarness.Run folder = at(county, "bundle", "import", inbox.toString());
        assertThat(folder.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(folder.out()).contains("共 2 个文件：导入 1 个，未导入 1 个");
        assertThat(folder.err()).contains("2-broken.zip").contains("不是 ZIP").doesNotContain("说明.txt");

        Path result = usb.resolve("result.zip");
        ok(county, "review", "opinion", CASE, "--conclusion", "同意", "--point", "事实清楚", "--reviewer", "O13",
                "--out", result.toString());
        // the township sends the case again before the result arrives: the first submission is replaced
        assertThat(ok(township, "bundle", "export", CASE, "--out", usb.resolve("2.zip").toString()).out()).contains("已撤回");
        String cases = ok(township, "case", "list", "--json").out();
        CliHarness.Run stale = refusedBoth(township, result, cases);
        assertThat(stale.err()).contains("已过时");
    }

    private static CliHarness.Run refusedBoth(Path dir, Path file, String casesBefore) {
        CliHarness.Run verify = at(dir, "bundle", "verify", file.toString());
        assertThat(verify.code()).as(file.getFileName() + " verify\n" + verify.out() + verify.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(verify.err()).matches("(?s).*\\p{IsHan}.*").doesNotContain("Exception");
        CliHarness.Run imported = at(dir, "bundle", "import", file.toString());
        assertThat(imported.code()).as(file.getFileName() + " import\n" + imported.out() + imported.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(imported.err()).matches("(?s).*\\p{IsHan}.*").doesNotContain("Exception");
        assertThat(ok(dir, "case", "list", "--json").out()).isEqualTo(casesBefore);
        return imported;
    }
}
