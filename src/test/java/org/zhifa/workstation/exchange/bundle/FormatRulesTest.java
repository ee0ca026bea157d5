package org.zhifa.workstation.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry-path rules and the canonical manifest form. */
class FormatRulesTest {

    @Test
    void safePathsPassAndEveryUnsafeKindIsNamed() {
        assertThat(EntryPaths.problem("case.json")).isEmpty();
        assertThat(EntryPaths.problem("documents/行政处罚决定书.pdf")).isEmpty();
        assertThat(EntryPaths.problem("evidence/" + "a".repeat(64))).isEmpty();
        assertThat(EntryPaths.problem("/etc/passwd")).hasValueSatisfying(m -> assertThat(m).contains("绝对路径"));
        assertThat(EntryPaths.problem("documents/../x")).hasValueSatisfying(m -> assertThat(m).contains(".."));
        assertThat(EntryPaths.problem("..")).hasValueSatisfying(m -> assertThat(m).contains(".."));
        assertThat(EntryPaths.problem("documents\\x.pdf")).hasValueSatisfying(m -> assertThat(m).contains("反斜杠"));
        assertThat(EntryPaths.problem("C:/x.pdf")).hasValueSatisfying(m -> assertThat(m).contains("盘符"));
        assertThat(EntryPaths.problem("c:x.pdf")).hasValueSatisfying(m -> assertThat(m).contains("盘符"));
        assertThat(EntryPaths.problem("documents/x.pdf:stream")).hasValueSatisfying(m -> assertThat(m).contains("不允许的字符"));
        assertThat(EntryPaths.problem("documents/")).hasValueSatisfying(m -> assertThat(m).contains("文件夹"));
        assertThat(EntryPaths.problem("documents//x.pdf")).isPresent();
        assertThat(EntryPaths.problem("documents/./x.pdf")).isPresent();
        assertThat(EntryPaths.problem("documents/x.pdf.")).isPresent();
        assertThat(EntryPaths.problem("documents/CON.pdf")).hasValueSatisfying(m -> assertThat(m).contains("保留名称"));
        assertThat(EntryPaths.problem("a\u0000b")).isPresent();
        assertThat(EntryPaths.problem("")).isPresent();
        assertThat(EntryPaths.problem("x".repeat(256))).isPresent();
        assertThat(EntryPaths.collisionKey("Case.JSON")).isEqualTo(EntryPaths.collisionKey("case.json"));
    }

    @Test
    void theManifestReadsBackOnlyFromItsCanonicalBytes() {
        Manifest m = new Manifest(1, Manifest.FORMAT, BundleKind.CASE_BUNDLE, "0f8fad5b-d9cb-469f-a165-70867728950e",
                "2026-11-25T02:00:00Z", new Manifest.Source("BADU", "龙泉市八都镇人民政府"), "BD-2026-0003", 12, null, null,
                "0123456789abcdef0123456789abcdef", List.of(new ManifestEntry("case.json", 10, "a".repeat(64), "application/json")));
        byte[] bytes = ManifestCodec.write(m);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"formatVersion\":1,\"format\":\"zhifa-bundle\",\"kind\":\"CASE_BUNDLE\"")
                .doesNotContain("\n").doesNotContain("refersTo").contains("龙泉市八都镇人民政府");
        assertThat(ManifestCodec.read(bytes)).isEqualTo(m);
        for (String variant : List.of(text + " ", text.replace(",\"format\"", ", \"format\""),
                text.replace("\"caseRevision\":12", "\"caseRevision\":\"12\""),
                text.replace("\"kind\":\"CASE_BUNDLE\",", "\"kind\":\"CASE_BUNDLE\",\"kind\":\"CASE_BUNDLE\","),
                text.replace("}]}", "}],\"extra\":1}"))) {
            assertThatThrownBy(() -> ManifestCodec.read(variant.getBytes(StandardCharsets.UTF_8)))
                    .as(variant).isInstanceOfSatisfying(BundleRejectedException.class,
                            e -> assertThat(e.code()).isEqualTo(ProblemCode.MANIFEST_MALFORMED));
        }
        assertThatThrownBy(() -> ManifestCodec.read(text.replace("\"formatVersion\":1", "\"formatVersion\":7")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(BundleRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_VERSION));
    }

    @Test
    void fingerprintsAreEightGroupsOfFour() {
        assertThat(BundleReader.fingerprint("0123456789abcdef0123456789abcdef")).isEqualTo("0123 4567 89AB CDEF 0123 4567 89AB CDEF");
    }
}
