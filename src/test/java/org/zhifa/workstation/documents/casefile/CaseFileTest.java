package org.zhifa.workstation.documents.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.DocumentsFixture;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.CaseFile;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.Section;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.SectionKind;
import org.zhifa.workstation.documents.fields.FileIndexEntry;

/** R38: one PDF per case; 目录 ranges contiguous; the last page number is the 备考表's total; numbering rules. */
class CaseFileTest {
    @TempDir
    static Path dir;
    static DocumentsFixture fixture;
    static CaseFile hearingCase;

    @BeforeAll
    static void open() {
        fixture = DocumentsFixture.open(dir);
        hearingCase = fixture.service().caseFile("BD-2025-0008");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void theIndexRangesAreContiguousAndTheLastPageIsTheTotalOfTheNote() {
        List<FileIndexEntry> entries = hearingCase.summary().entries();
        assertThat(entries).isNotEmpty();
        assertThat(entries.getFirst().firstPage()).isEqualTo(1);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).firstPage()).isEqualTo(entries.get(i - 1).lastPage() + 1);
        }
        assertThat(hearingCase.summary().pages()).isEqualTo(entries.getLast().lastPage());
        assertThat(hearingCase.summary().pieces()).isEqualTo(entries.size());
        List<Section> docs = hearingCase.sections().stream().filter(s -> s.kind() == SectionKind.DOCUMENT).toList();
        assertThat(docs).hasSameSizeAs(entries);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(docs.get(i).firstNumber()).isEqualTo(entries.get(i).firstPage());
            assertThat(docs.get(i).lastNumber()).isEqualTo(entries.get(i).lastPage());
        }
    }

    @Test
    void theFileIsCoverIndexDocumentsNoteAndTheNoteStatesTheTotals() throws Exception {
        List<Section> sections = hearingCase.sections();
        assertThat(sections.getFirst().kind()).isEqualTo(SectionKind.COVER);
        assertThat(sections.get(1).kind()).isEqualTo(SectionKind.INDEX);
        assertThat(sections.getLast().kind()).isEqualTo(SectionKind.NOTE);
        try (PdfReader reader = new PdfReader(hearingCase.pdf())) {
            assertThat(reader.getNumberOfPages()).isEqualTo(hearingCase.physicalPages());
        }
        List<String> pages = PdfText.pages(hearingCase.pdf());
        Section note = sections.getLast();
        String noteText = PdfText.normalized(String.join("", pages.subList(note.firstPage() - 1, note.lastPage())));
        assertThat(noteText).contains(Integer.toString(hearingCase.summary().pages()));
        assertThat(noteText).contains(Integer.toString(hearingCase.summary().pieces()));
        Section index = sections.get(1);
        String indexText = PdfText.normalized(String.join("", pages.subList(index.firstPage() - 1, index.lastPage())));
        for (FileIndexEntry e : hearingCase.summary().entries()) {
            assertThat(indexText).contains(PdfText.normalized(e.title()));
        }
        FileIndexEntry last = hearingCase.summary().entries().getLast();
        assertThat(indexText).contains(Integer.toString(last.lastPage()));
    }

    @Test
    void documentPagesAreNumberedBottomRightAndCoverIndexAndNoteAreNot() {
        List<String> pages = PdfText.pages(hearingCase.pdf());
        for (Section s : hearingCase.sections()) {
            for (int p = s.firstPage(); p <= s.lastPage(); p++) {
                String lastLine = lastLine(pages.get(p - 1));
                if (s.kind() == SectionKind.DOCUMENT) {
                    assertThat(lastLine).as("page %d (%s)", p, s.title())
                            .isEqualTo(Integer.toString(s.firstNumber() + p - s.firstPage()));
                } else {
                    assertThat(lastLine).as("page %d (%s) is not numbered", p, s.title()).doesNotMatch("\\d+");
                }
            }
        }
    }

    @Test
    void onlyTheDocumentsTheHistoryCallsForInArchiveOrder() {
        List<DocumentType> types = hearingCase.sections().stream().filter(s -> s.kind() == SectionKind.DOCUMENT)
                .map(Section::type).toList();
        assertThat(types).contains(DocumentType.FILING_APPROVAL, DocumentType.HEARING_NOTICE, DocumentType.DECISION,
                DocumentType.SERVICE_RECEIPT, DocumentType.EVIDENCE_LIST);
        assertThat(types.indexOf(DocumentType.FILING_APPROVAL)).isLessThan(types.indexOf(DocumentType.ADVANCE_NOTICE));
        assertThat(types.indexOf(DocumentType.ADVANCE_NOTICE)).isLessThan(types.indexOf(DocumentType.DECISION));
        assertThat(types.get(types.indexOf(DocumentType.DECISION) + 1)).isEqualTo(DocumentType.SERVICE_RECEIPT);

        CaseFile noHearing = fixture.service().caseFile("BD-2025-0007");
        List<DocumentType> other = noHearing.sections().stream().map(Section::type).toList();
        assertThat(other).doesNotContain(DocumentType.HEARING_NOTICE, DocumentType.HEARING_RECORD)
                .contains(DocumentType.REPRESENTATION_RECORD, DocumentType.DECISION);
        assertThat(noHearing.summary().pages()).isEqualTo(noHearing.summary().entries().getLast().lastPage());
    }

    @Test
    void theOnSiteCaseHasItsShortFile() {
        CaseFile onSite = fixture.service().caseFile("BD-2025-0003");
        List<DocumentType> types = onSite.sections().stream().map(Section::type).toList();
        assertThat(types).contains(DocumentType.ON_SITE_DECISION).doesNotContain(DocumentType.DECISION,
                DocumentType.ADVANCE_NOTICE);
    }

    private static String lastLine(String pageText) {
        String[] lines = pageText.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
