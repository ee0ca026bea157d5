package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.preview.DocumentPreviewView;
import org.zhifa.workstation.ui.preview.PdfPreviewPane;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.support.RecordingPrinter;

/**
 * The 文书 of a decided demo case on its page: preview the 行政处罚决定书 (page images, page x of N) and print it;
 * print the whole 卷宗 with its progress, or cancel it. Printing goes to a recording printer (no real one here).
 */
class DocumentsFlowTest {
    private static final String DECIDED = "BD-2025-0008";
    /** Assembling a 卷宗 renders every document of the case: allow for a busy machine. */
    private static final long CASE_FILE_SECONDS = 120;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final RecordingPrinter printer = new RecordingPrinter();
    private FxTest.Started app;
    private Gui gui;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(GeneralProcedureFlowTest.TODAY), printer);
        gui = new Gui(robot, app);
        waitUntil("the case list", () -> !app.window().view().caseListView().table().getItems().isEmpty());
        fxRun(() -> app.window().viewModel().openCase(DECIDED));
        gui.waitForCasePage(DECIDED);
    }

    @AfterEach
    void stop() throws Exception {
        printer.release();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void previewTheDecisionPageByPageThenPrintIt() {
        gui.click("#docPreview-DECISION-0");
        waitUntil("the first page of the decision", () -> pane() != null && pane().imageProperty().get() != null);
        int pages = fx(() -> pane().pageCountProperty().get());
        assertThat(pages).isPositive();
        assertThat(gui.label("#pdfPreviewPosition")).isEqualTo(Texts.tr("preview.position", 1, pages));
        assertThat(gui.label("#previewTitle")).contains("行政处罚决定书", "八都镇综执罚决〔");
        Image first = fx(() -> pane().imageProperty().get());
        assertThat(first.getWidth()).isGreaterThan(first.getHeight() * 0.6).isLessThan(first.getHeight());
        if (pages > 1) {
            gui.click("#pdfPreviewNext");
            waitUntil("page 2", () -> pane().imageProperty().get() != null && pane().imageProperty().get() != first);
            assertThat(gui.label("#pdfPreviewPosition")).isEqualTo(Texts.tr("preview.position", 2, pages));
        }
        double fitted = fx(() -> robot.lookup("#pdfPreviewPage").<javafx.scene.image.ImageView>query().getFitWidth());
        gui.click("#pdfPreviewActualSize");
        waitUntil("100%", () -> robot.lookup("#pdfPreviewPage").<javafx.scene.image.ImageView>query().getFitWidth() != fitted);

        gui.click("#previewPrint");
        waitUntil("the decision printed", () -> printer.jobs().size() == 1);
        RecordingPrinter.Job job = printer.jobs().getFirst();
        assertThat(job.pages()).isEqualTo(pages);
        assertThat(PdfText.pages(job.pdf())).hasSize(pages);
        assertThat(PdfText.all(job.pdf())).contains("行政处罚决定书");
        waitUntil("printed message", () -> Texts.tr("print.done", job.name(), pages)
                .equals(((Label) robot.lookup("#previewProgressText").query()).getText()));

        gui.click("#previewClose");
        waitUntil("preview closed", () -> gui.casePage().preview() == null);
    }

    @Test
    void printTheWholeCaseFileShowingProgress() {
        printer.holdJobs();
        gui.click("#printCaseFile");
        waitForCaseFile("正在打印：第 1 页");
        ProgressBar bar = gui.node("#caseDocsProgressBar");
        assertThat(fx(bar::isVisible)).isTrue();
        assertThat(fx(bar::getProgress)).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(fx(() -> robot.lookup("#printCaseFile").query().isDisabled())).isTrue();

        printer.release();
        waitUntil("the 卷宗 printed", () -> printer.jobs().size() == 1);
        int casefilePages = app.workstation().documents().produced(DECIDED).stream()
                .filter(r -> r.docType().equals(DocumentService.CASE_FILE_TYPE)).findFirst().orElseThrow().pages();
        RecordingPrinter.Job job = printer.jobs().getFirst();
        assertThat(job.pages()).isEqualTo(casefilePages);
        assertThat(PdfText.pages(job.pdf())).hasSize(casefilePages);
        waitUntil("done", () -> !bar.isVisible() && Texts.tr("print.done", job.name(), casefilePages)
                .equals(((Label) robot.lookup("#caseDocsProgressText").query()).getText()));
    }

    @Test
    void cancellingTheCaseFileStopsThePrint() {
        printer.holdJobs();
        gui.click("#printCaseFile");
        waitForCaseFile("正在打印：第 1 页");
        gui.click("#caseDocsProgressCancel");
        waitUntil("cancelled", () -> Texts.tr("print.cancelled")
                .equals(((Label) robot.lookup("#caseDocsProgressText").query()).getText()));
        printer.release();
        assertThat(printer.jobs()).isEmpty();
        assertThat(fx(() -> robot.lookup("#printCaseFile").query().isDisabled())).isFalse();
    }

    /** Waits, longer than for a screen, until the 卷宗 is assembled and its printing says {@code text}. */
    private void waitForCaseFile(String text) {
        try {
            WaitForAsyncUtils.waitFor(CASE_FILE_SECONDS, TimeUnit.SECONDS, () -> fx(() ->
                    ((Label) robot.lookup("#caseDocsProgressText").query()).getText().startsWith(text)));
        } catch (TimeoutException e) {
            throw new AssertionError("the 卷宗 was not printing after " + CASE_FILE_SECONDS + " s", e);
        }
    }

    private PdfPreviewPane pane() {
        DocumentPreviewView preview = gui.casePage().preview();
        return preview == null ? null : preview.pages();
    }
}
