package org.zhifa.workstation.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.RenderedDocument;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.EditedTemplates;
import org.zhifa.workstation.ui.support.PrintFixtures;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.support.RecordingPrinter;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The preview of one document: produced, saved as PDF and Word, printed; or explained when it cannot be produced. */
class DocumentPreviewViewModelTest {
    private static final String DECIDED = "BD-2025-0008";
    private static final DocumentInstance DECISION = new DocumentInstance(DocumentType.DECISION, 0, null, null);

    @TempDir
    Path dataDir;
    @TempDir
    Path saveDir;
    private Workstation ws;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingPrinter printer = new RecordingPrinter();
    private DocumentPreviewViewModel vm;

    private void open() {
        ws = DemoData.open(dataDir);
        vm = new DocumentPreviewViewModel(ws.documents(), PrintFixtures.printing(printer, dialogs),
                new SynchronousBackgroundExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void showsTheDecisionWithItsNumberThenSavesExactlyThatPdfAndTheWordDocument() throws Exception {
        open();
        vm.open(DECIDED, DECISION);
        RenderedDocument pdf = vm.renderedProperty().get();
        assertThat(pdf).isNotNull();
        assertThat(pdf.number()).startsWith("八都镇综执罚决〔");
        assertThat(vm.titleProperty().get()).contains("行政处罚决定书", pdf.number());
        assertThat(vm.problemProperty().get()).isEmpty();

        dialogs.saveInto(saveDir);
        vm.save(DocumentFormat.PDF);
        Path savedPdf = saveDir.resolve(DECIDED + "-行政处罚决定书.pdf");
        assertThat(savedPdf).hasBinaryContent(pdf.bytes());
        assertThat(vm.statusProperty().get()).isEqualTo(Texts.tr("preview.save.saved", savedPdf.toAbsolutePath()));

        vm.save(DocumentFormat.DOCX);
        Path savedWord = saveDir.resolve(DECIDED + "-行政处罚决定书.docx");
        assertThat(Files.readAllBytes(savedWord)).startsWith((byte) 'P', (byte) 'K');
        assertThat(dialogs.errors()).isEmpty();
        try (Stream<Path> files = Files.list(saveDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    savedPdf.getFileName().toString(), savedWord.getFileName().toString());
        }
    }

    @Test
    void aCancelledSaveDialogWritesNothing() throws Exception {
        open();
        vm.open(DECIDED, DECISION);
        vm.save(DocumentFormat.PDF);
        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("save");
        try (Stream<Path> files = Files.list(saveDir)) {
            assertThat(files).isEmpty();
        }
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void printsThePdfShown() {
        open();
        vm.open(DECIDED, DECISION);
        vm.print();
        RenderedDocument pdf = vm.renderedProperty().get();
        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.pdf()).isEqualTo(pdf.bytes());
            assertThat(job.pages()).isEqualTo(pdf.pages());
        });
    }

    @Test
    void aMissingRequiredFieldShowsTheEnginesMessageAndOffersNothingToSaveOrPrint() throws Exception {
        EditedTemplates.requireMissingField(dataDir, "DECISION", "decision.requiredButAbsent");
        open();
        dialogs.saveInto(saveDir);
        vm.open(DECIDED, DECISION);

        assertThat(vm.renderedProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo(Texts.tr("preview.error.title", "行政处罚决定书"));
            assertThat(e.message()).contains("decision.requiredButAbsent").isEqualTo(vm.problemProperty().get());
        });
        vm.save(DocumentFormat.PDF);
        vm.print();
        assertThat(printer.jobs()).isEmpty();
        try (Stream<Path> files = Files.list(saveDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aStepNotTakenYetIsExplained() {
        open();
        // a lead: nothing decided yet
        vm.open("BD-2026-0010", DECISION);
        assertThat(vm.renderedProperty().get()).isNull();
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(DemoData.isChinese(e.message())).isTrue());
    }

    @Test
    void fileNamesLoseCharactersAFileSystemRefuses() {
        assertThat(DocumentPreviewViewModel.fileName("BD-2025-0008", "询问笔录（余某某）/第2次: 复核?", DocumentFormat.DOCX))
                .isEqualTo("BD-2025-0008-询问笔录（余某某）_第2次_复核_.docx");
    }
}
