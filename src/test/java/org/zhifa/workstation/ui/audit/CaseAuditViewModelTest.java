package org.zhifa.workstation.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** 案卷评查 of a demo case with planted defects, and of a clean one, without a JavaFX toolkit. */
class CaseAuditViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path exports;

    private Workstation ws;
    private RecordingDialogService dialogs;
    private CaseAuditViewModel vm;

    @BeforeEach
    void setUp() {
        ws = DemoData.open(dataDir);
        dialogs = new RecordingDialogService();
        SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
        FailureReporter failures = new FailureReporter(dialogs);
        vm = new CaseAuditViewModel(ws.caseFileAudit(), executor, failures, new FileExport(executor, dialogs, failures));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void thePlantedDefectsAreListedWithItemPlaceAndDeduction() throws Exception {
        vm.run("BD-2025-0009");
        assertThat(vm.resultProperty().get().caseNo()).isEqualTo("BD-2025-0009");
        assertThat(vm.findings()).extracting(Finding::itemId).containsExactly("F05", "C11");
        assertThat(vm.findings()).extracting(CaseAuditViewModel::deduction).containsExactly("-1", "-3");
        assertThat(vm.findings().getFirst().place()).contains("2025-07-16");
        assertThat(vm.verdict()).isEqualTo("得分 96 分：合格（合格线 80 分）");

        dialogs.saveInto(exports);
        vm.exportPdf();
        Path pdf = vm.lastExportProperty().get();
        assertThat(pdf.getFileName().toString()).isEqualTo("案卷评查报告-BD-2025-0009.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void vetoFindingsComeFirstAndMakeTheFileFail() {
        // a decided case whose decision needed a 法制审核 it never got would be a veto; the demo's clean cases have none
        vm.run("BD-2025-0006");
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.verdict()).startsWith("得分 100 分：合格");
        assertThat(CaseAuditViewModel.deduction(new Finding("V06", org.zhifa.workstation.review.RubricLayer.VETO, "程序",
                "未经法制审核", "LEGAL_REVIEW_REQUIRED", "作出处罚决定（2025-07-21）", "未经法制审核", "R15",
                java.math.BigDecimal.ZERO))).isEqualTo("否决");
    }

    @Test
    void anUnknownCaseIsReportedCalmly() {
        vm.run("BD-1999-0001");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("BD-1999-0001"));
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
