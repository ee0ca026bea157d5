package org.zhifa.workstation.documents.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.DocumentsFixture;

class TemplateIndexTest {

    @Test
    void readsTheRepositoryIndex() {
        TemplateIndex index = TemplateIndex.load(List.of(DocumentsFixture.templatesDirectory()));
        assertThat(index.source()).endsWith("index.json").doesNotStartWith("classpath:");
        TemplateEntry decision = index.require(DocumentType.DECISION);
        assertThat(decision.title()).isEqualTo("行政处罚决定书");
        assertThat(decision.numbered()).isTrue();
        assertThat(decision.numberCodeOpt()).contains("罚决");
        assertThat(index.require(DocumentType.ADVANCE_NOTICE).numberCodeOpt()).contains("罚告");
        assertThat(index.require(DocumentType.ON_SITE_DECISION).numberCodeOpt()).isEmpty();
        assertThat(index.entries()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(index.entries().getFirst().type()).isEqualTo(DocumentType.FILE_COVER);
        assertThat(index.entries().getLast().type()).isEqualTo(DocumentType.FILE_NOTE);
        assertThat(index.templateBytes(decision)).isNotEmpty();
    }

    @Test
    void fallsBackToTheClasspathCopyOfTheInstalledBuild(@TempDir Path empty) {
        TemplateIndex index = TemplateIndex.load(List.of(empty, empty.resolve("missing")));
        assertThat(index.source()).isEqualTo("classpath:/templates/index.json");
        assertThat(index.templateBytes(index.require(DocumentType.DECISION))).isNotEmpty();
    }

    @Test
    void aDirectoryMayOverrideSomeTemplatesOnly(@TempDir Path county) throws Exception {
        Files.copy(DocumentsFixture.templatesDirectory().resolve("index.json"), county.resolve("index.json"));
        byte[] edited = new TestDocx().bytes();
        Files.write(county.resolve("DECISION.docx"), edited);
        TemplateIndex index = TemplateIndex.load(List.of(county, DocumentsFixture.templatesDirectory()));
        assertThat(index.source()).startsWith(county.toString());
        assertThat(index.templateBytes(index.require(DocumentType.DECISION))).isEqualTo(edited);
        assertThat(index.templateBytes(index.require(DocumentType.ADVANCE_NOTICE)))
                .isEqualTo(Files.readAllBytes(DocumentsFixture.templatesDirectory().resolve("ADVANCE_NOTICE.docx")));
    }

    @Test
    void anUnknownTypeInTheIndexIsATemplateError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), "[{\"type\": \"NO_SUCH_TYPE\", \"title\": \"x\", \"file\": \"x.docx\"}]");
        assertThatThrownBy(() -> TemplateIndex.load(List.of(dir)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DocumentException.Reason.TEMPLATE);
                    assertThat(e.getMessage()).contains("NO_SUCH_TYPE");
                });
    }
}
