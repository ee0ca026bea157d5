package org.zhifa.workstation.documents.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.template.FieldValues;
import org.zhifa.workstation.documents.template.TemplateMarkers;
import org.zhifa.workstation.domain.cases.CaseRecord;

/**
 * Building only the field groups a template uses gives the same document as building every group: for every
 * document of every demo case, and for every template, the filled text is the same either way.
 */
class TemplateGroupsTest {
    private static final CaseFileSummary SUMMARY = new CaseFileSummary(List.of(
            new FileIndexEntry("案件来源登记表", null, LocalDate.of(2025, 11, 20), 1, 1, null),
            new FileIndexEntry("行政处罚决定书", "八都镇综执罚决〔2026〕1号", LocalDate.of(2026, 1, 6), 2, 5, null)), 2, 5);

    @TempDir
    static Path dir;
    private static DemoCases demo;
    private static JsonNode index;

    @BeforeAll
    static void open() throws Exception {
        demo = DemoCases.open(dir);
        index = new ObjectMapper().readTree(templates().resolve("index.json").toFile());
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theGroupsOfTheDecisionTemplateLeaveOutTheOtherDocuments() throws Exception {
        Set<String> groups = groups(DocumentType.DECISION);
        assertThat(groups).contains("decision", "party", "authority", "document").doesNotContain("urging", "closure", "hearing");
    }

    @Test
    void everyDocumentOfEveryDemoCaseIsTheSameWithOnlyItsTemplatesGroups() throws Exception {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int filled = 0;
        for (String caseNo : demo.caseNumbers()) {
            CaseRecord c = demo.get(caseNo);
            for (DocumentType type : DocumentType.values()) {
                Path template = templates().resolve(type.templateFile());
                if (!Files.isRegularFile(template)) {
                    continue;
                }
                FieldContext ctx = demo.context().withOccurrence(0).withDocumentNumber("八都镇综执〔2026〕1号")
                        .withCaseFile(SUMMARY);
                FieldValues all = CaseFields.forCase(c, type, ctx);
                FieldValues some = CaseFields.forCase(c, type, ctx, groups(type));
                String full = fill(template, all);
                String partial = fill(template, some);
                compared++;
                if (!full.startsWith("error: ")) {
                    filled++;
                }
                if (!full.equals(partial)) {
                    differences.add(caseNo + " " + type + ":\n  all groups: " + full + "\n  its groups: " + partial);
                }
            }
        }
        assertThat(compared).isGreaterThan(400);
        assertThat(filled).as("documents that could be filled").isGreaterThan(150);
        assertThat(differences).isEmpty();
    }

    /** The filled text, or the error the filling gave (a document that cannot be filled fails the same way). */
    private static String fill(Path template, FieldValues values) {
        try {
            return TemplateScan.fill(template, values);
        } catch (AssertionError | RuntimeException | java.io.IOException e) {
            return "error: " + e.getMessage();
        }
    }

    private static Set<String> groups(DocumentType type) throws Exception {
        List<String> required = new ArrayList<>();
        for (JsonNode entry : index) {
            if (entry.path("type").asText().equals(type.name())) {
                entry.path("required").forEach(n -> required.add(n.asText()));
            }
        }
        return TemplateMarkers.groups(Files.readAllBytes(templates().resolve(type.templateFile())), required);
    }

    private static Path templates() {
        return DemoCases.repoRoot().resolve("templates");
    }
}
