package org.zhifa.workstation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.workstation.review.AuditFixtures.clean;
import static org.zhifa.workstation.review.AuditFixtures.cleanDocuments;
import static org.zhifa.workstation.review.AuditFixtures.cleanNumbers;
import static org.zhifa.workstation.review.AuditFixtures.edited;
import static org.zhifa.workstation.review.AuditFixtures.input;
import static org.zhifa.workstation.review.AuditFixtures.replace;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.cases.action.MakeRecord;
import org.zhifa.workstation.review.checks.Checks;

/** The rubric file and the scoring rules: caps, the veto, the pass mark, a county's own rubric. */
class RubricAndScoringTest {

    @Test
    void theShippedRubricIsValidAndUsesEveryCheck() {
        Rubric r = Rubric.standard();
        assertThat(r.version()).isNotBlank();
        assertThat(r.points(RubricLayer.FORM)).isEqualByComparingTo("20");
        assertThat(r.points(RubricLayer.CONTENT)).isEqualByComparingTo("80");
        for (RubricLayer layer : List.of(RubricLayer.FORM, RubricLayer.CONTENT)) {
            BigDecimal max = r.items(layer).stream().map(RubricItem::maxDeduction).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(max).as("the item maxima of %s add up to its points", layer).isEqualByComparingTo(r.points(layer));
        }
        Set<String> used = new HashSet<>();
        r.items().stream().filter(RubricItem::automatic).forEach(i -> used.add(i.check()));
        assertThat(used).containsExactlyInAnyOrderElementsOf(Checks.ids());
        assertThat(r.items(RubricLayer.VETO)).allSatisfy(i -> assertThat(i.deduction()).isZero());
        assertThat(r.items()).filteredOn(i -> !i.automatic()).isNotEmpty();
    }

    @Test
    void aVetoMakesTheFileFailWhateverItsScore_andBlocksSubmission() {
        CaseRecord one = replace(clean(), MakeRecord.class, x -> new MakeRecord(x.date(), x.actor(), x.kind(),
                List.of(x.actor()), x.recorder(), x.start(), x.end(), x.place(), true, true, x.subjectName(), x.summary()));
        AuditResult r = new CaseFileAudit(Rubric.standard(), AuditSettings.defaults()).audit(input(one, cleanDocuments(), cleanNumbers()));
        assertThat(r.score()).isEqualByComparingTo("100");
        assertThat(r.vetoed()).isTrue();
        assertThat(r.passed()).isFalse();
        assertThat(r.findings().getFirst().veto()).as("veto findings first").isTrue();
        assertThat(r.scoredFindings()).isEmpty();
    }

    @Test
    void anItemCostsAtMostItsMaximum_andFindingsBeyondItAreListedAtZero() {
        // five AV records missing their metadata: F05 deducts 1 each up to 4
        CaseRecord c = edited(clean(), l -> {
            for (int i = 0; i < 5; i++) {
                l.add(4, new AddEvidence(AuditFixtures.d("2025-03-04"), AuditFixtures.A,
                        org.zhifa.workstation.domain.cases.EvidenceKind.AUDIO_VISUAL, "照片" + i, null, "p" + i + ".jpg",
                        "b".repeat(64), new RecordingMetadata(null, null, null, null, null, null, null, null, null)));
            }
            return l;
        });
        AuditResult r = new CaseFileAudit(Rubric.standard(), AuditSettings.defaults()).audit(input(c, cleanDocuments(), cleanNumbers()));
        List<Finding> f05 = r.findings().stream().filter(f -> f.itemId().equals("F05")).toList();
        assertThat(f05).hasSize(5);
        assertThat(f05).extracting(Finding::deduction).map(BigDecimal::intValue).containsExactly(1, 1, 1, 1, 0);
        assertThat(r.formDeducted()).isEqualByComparingTo("4");
        assertThat(r.score()).isEqualByComparingTo("96");
    }

    @Test
    void thePassMarkIsASetting() {
        // 21 points off: a county rubric whose C13 costs 21
        Rubric strict = Rubric.parse(rubric("\"deduction\": 21, \"maxDeduction\": 21"));
        CaseRecord silent = replace(clean(), org.zhifa.workstation.domain.cases.action.Decide.class, x ->
                new org.zhifa.workstation.domain.cases.action.Decide(x.date(), x.actor(), x.penalty(), x.approvedBy(),
                        "依法处罚。", null, true));
        AuditResult at80 = new CaseFileAudit(strict, AuditSettings.defaults()).audit(input(silent, null, null));
        assertThat(at80.score()).isEqualByComparingTo("79");
        assertThat(at80.passed()).isFalse();
        AuditResult at75 = new CaseFileAudit(strict, new AuditSettings(new BigDecimal("75"))).audit(input(silent, null, null));
        assertThat(at75.passed()).isTrue();
    }

    @Test
    void aLayerCostsAtMostItsPoints() {
        Rubric tight = Rubric.parse(rubric("\"deduction\": 50, \"maxDeduction\": 100"));
        CaseRecord silent = replace(clean(), org.zhifa.workstation.domain.cases.action.Decide.class, x ->
                new org.zhifa.workstation.domain.cases.action.Decide(x.date(), x.actor(), x.penalty(), x.approvedBy(),
                        "依法处罚。", null, true));
        AuditResult r = new CaseFileAudit(tight, AuditSettings.defaults()).audit(input(silent, null, null));
        assertThat(r.contentDeducted()).isEqualByComparingTo("50");
        assertThat(r.score()).isEqualByComparingTo("50");
    }

    @Test
    void aBrokenRubricIsRefusedWithItsProblemsNamed() {
        assertThatThrownBy(() -> Rubric.parse("{\"format\":\"other\"}")).isInstanceOf(AuditException.class)
                .hasMessageContaining("zhifa-rubric/1");
        String unknown = """
                {"format":"zhifa-rubric/1","name":"x","version":"1","layers":{"FORM":20,"CONTENT":70},
                 "items":[{"id":"C1","layer":"CONTENT","deduction":1,"maxDeduction":1,"check":"NO_SUCH_CHECK"},
                          {"id":"C1","layer":"CONTENT","deduction":1}]}""";
        assertThatThrownBy(() -> Rubric.parse(unknown)).isInstanceOf(AuditException.class)
                .hasMessageContaining("NO_SUCH_CHECK").hasMessageContaining("OFFICER_COUNT")
                .hasMessageContaining("100").hasMessageContaining("重复");
    }

    @Test
    void aCountyRubricInTheDataDirectoryReplacesTheShippedOne(@TempDir Path dir) throws Exception {
        assertThat(Rubric.forDataDirectory(dir).name()).isEqualTo(Rubric.standard().name());
        Files.writeString(dir.resolve(Rubric.FILE_NAME), rubric("\"deduction\": 3, \"maxDeduction\": 3"));
        Rubric county = Rubric.forDataDirectory(dir);
        assertThat(county.name()).isEqualTo("某县评查标准");
        assertThat(county.items()).extracting(RubricItem::id).containsExactly("V02", "C13", "C99");
    }

    /** A small county rubric: one veto item, C13 with the given deduction, one manual item to fill the points. */
    private static String rubric(String c13) {
        return """
                {"format":"zhifa-rubric/1","name":"某县评查标准","version":"2026.1","layers":{"FORM":20,"CONTENT":80},
                 "items":[{"id":"V02","layer":"VETO","description":"少于两人","check":"OFFICER_COUNT"},
                          {"id":"C13","layer":"CONTENT","description":"裁量基准",%s,"check":"DISCRETION_STATEMENT"},
                          {"id":"C99","layer":"CONTENT","description":"其他","deduction":1,"maxDeduction":59}]}"""
                .formatted(c13);
    }
}
