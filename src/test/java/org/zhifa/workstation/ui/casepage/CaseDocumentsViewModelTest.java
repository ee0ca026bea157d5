package org.zhifa.workstation.ui.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.print.PrintOutcome;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.EditedTemplates;
import org.zhifa.workstation.ui.support.PrintFixtures;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.support.RecordingPrinter;

/** The case page's 文书 over the demo township, without the FX thread, printing to a recording printer. */
class CaseDocumentsViewModelTest {
    /** A decided 普通程序 case of the demo township. */
    static final String DECIDED = "BD-2025-0008";

    @TempDir
    Path dataDir;
    private Workstation ws;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingPrinter printer = new RecordingPrinter();
    private CaseDocumentsViewModel vm;

    private void open() {
        ws = DemoData.open(dataDir);
        vm = PrintFixtures.caseDocuments(ws, printer, dialogs);
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void listsTheDocumentsTheDecidedCaseCanProduce() {
        open();
        vm.load(DECIDED);
        assertThat(vm.available()).extracting(DocumentInstance::type)
                .contains(DocumentType.FILING_APPROVAL, DocumentType.INQUIRY_RECORD, DocumentType.ADVANCE_NOTICE,
                        DocumentType.DECISION)
                .doesNotContain(DocumentType.ON_SITE_DECISION);
        assertThat(vm.available()).isEqualTo(ws.documents().available(DECIDED));
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void printsTheDecisionWithAsManyPagesAsItsPdf() {
        open();
        vm.load(DECIDED);
        DocumentInstance decision = vm.available().stream().filter(d -> d.type() == DocumentType.DECISION).findFirst()
                .orElseThrow();
        vm.print(decision);

        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.name()).contains(DECIDED, "行政处罚决定书");
            assertThat(PdfText.all(job.pdf())).contains("行政处罚决定书");
            assertThat(job.pages()).isEqualTo(PdfText.pages(job.pdf()).size()).isPositive();
        });
        assertThat(vm.progress().runningProperty().get()).isFalse();
        assertThat(vm.progress().messageProperty().get()).isEqualTo(Texts.tr("print.done",
                printer.jobs().getFirst().name(), printer.jobs().getFirst().pages()));
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void printsTheWholeCaseFileInOneJob() {
        open();
        vm.load(DECIDED);
        List<PrintOutcome> outcomes = new ArrayList<>();
        vm.printCaseFile(outcomes::add);

        DocumentService documents = ws.documents();
        int casefilePages = documents.produced(DECIDED).stream()
                .filter(r -> r.docType().equals(DocumentService.CASE_FILE_TYPE)).findFirst().orElseThrow().pages();
        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.name()).contains(DECIDED, "卷宗");
            assertThat(job.pages()).isEqualTo(casefilePages).isGreaterThan(vm.available().size());
        });
        assertThat(outcomes).containsExactly(PrintOutcome.printed(casefilePages));
    }

    @Test
    void printsTheTickedDocumentsInTheOrderOfTheCaseAsOneJob() {
        open();
        vm.load(DECIDED);
        DocumentInstance decision = vm.available().stream().filter(d -> d.type() == DocumentType.DECISION)
                .findFirst().orElseThrow();
        DocumentInstance receipt = vm.available().stream().filter(d -> d.type() == DocumentType.SERVICE_RECEIPT)
                .filter(d -> d.title().contains("行政处罚决定书")).findFirst().orElseThrow();
        vm.selected().add(receipt);
        vm.selected().add(decision);
        vm.printSelected();

        int decisionPages = ws.documents().render(DECIDED, DocumentType.DECISION, decision.occurrence(),
                DocumentFormat.PDF).pages();
        int receiptPages = ws.documents().render(DECIDED, DocumentType.SERVICE_RECEIPT, receipt.occurrence(),
                DocumentFormat.PDF).pages();
        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.name()).isEqualTo(Texts.tr("print.batchJob", DECIDED, 2));
            assertThat(job.pages()).isEqualTo(decisionPages + receiptPages);
            List<String> pages = PdfText.pages(job.pdf());
            assertThat(pages.getFirst()).contains("行政处罚决定书");
            assertThat(pages.getLast()).contains("送达回证");
        });
        assertThat(vm.progress().messageProperty().get()).startsWith("已送往打印机");
        // reloading the same case keeps the ticks
        vm.load(DECIDED);
        assertThat(vm.selected()).containsExactlyInAnyOrder(decision, receipt);
    }

    @Test
    void aDocumentMissingARequiredFieldIsExplainedInChineseAndNothingIsPrinted() throws Exception {
        EditedTemplates.requireMissingField(dataDir, "DECISION", "decision.requiredButAbsent");
        open();
        vm.load(DECIDED);
        DocumentInstance decision = vm.available().stream().filter(d -> d.type() == DocumentType.DECISION).findFirst()
                .orElseThrow();

        vm.print(decision);

        assertThat(printer.jobs()).isEmpty();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo(Texts.tr("print.error.title"));
            assertThat(e.message()).contains("decision.requiredButAbsent", "DECISION.docx");
            assertThat(DemoData.isChinese(e.message())).isTrue();
        });
        assertThat(vm.progress().runningProperty().get()).isFalse();
        assertThat(vm.progress().messageProperty().get()).isEqualTo(Texts.tr("print.notPrinted"));
        // the other documents are still there to print
        vm.print(vm.available().stream().filter(d -> d.type() == DocumentType.FILING_APPROVAL).findFirst().orElseThrow());
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(job.name()).contains("立案"));
    }

    @Test
    void theOnSiteDecisionOfASummaryCaseIsPrintedByItsType() {
        open();
        vm.load("BD-2025-0003");
        vm.print(DocumentType.ON_SITE_DECISION);
        assertThat(printer.jobs()).singleElement()
                .satisfies(job -> assertThat(PdfText.all(job.pdf())).contains("当场"));
        assertThat(dialogs.shown()).isEmpty();
    }
}
