package org.zhifa.workstation.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.DisclosureEntry;
import org.zhifa.workstation.stats.StatisticsBreakdown;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The 统计 page's view model over the demo township, without a JavaFX toolkit. */
class StatsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;

    private Workstation ws;
    private RecordingDialogService dialogs;
    private StatsViewModel vm;

    @BeforeEach
    void setUp() {
        ws = DemoData.open(dataDir);
        dialogs = new RecordingDialogService();
        SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
        FailureReporter failures = new FailureReporter(dialogs);
        vm = new StatsViewModel(ws, ws.referenceData(), executor, failures, new FileExport(executor, dialogs, failures),
                () -> TODAY);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private static String cell(List<IndicatorRow> rows, String indicator, java.util.function.Function<IndicatorRow, String> column) {
        return rows.stream().filter(r -> r.indicator().equals(indicator)).findFirst().map(column)
                .orElseThrow(() -> new AssertionError("no row " + indicator));
    }

    @Test
    void theLastFullYearForEveryAuthorityShowsTheServicesFiguresWithTheChange() {
        assertThat(vm.yearProperty().get()).isEqualTo(2025);
        assertThat(vm.years()).startsWith(2026, 2025).hasSize(StatsViewModel.YEARS);
        vm.start();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.authorities()).extracting(StatsViewModel.AuthorityChoice::code).startsWith((String) null)
                .contains("BADU");

        AnnualStatistics expected = ws.annualStatistics().compute(2025, null);
        List<IndicatorRow> rows = List.copyOf(vm.indicators());
        assertThat(cell(rows, "立案", IndicatorRow::current)).isEqualTo(String.valueOf(expected.current().filed()));
        assertThat(cell(rows, "结案", IndicatorRow::current)).isEqualTo(String.valueOf(expected.current().concluded()));
        assertThat(cell(rows, "立案", IndicatorRow::previous)).isEqualTo(String.valueOf(expected.previous().filed()));
        assertThat(cell(rows, "立案", IndicatorRow::change)).isEqualTo("+" + expected.change(i -> i.filed()));
        assertThat(cell(rows, "立案", IndicatorRow::changeRate)).as("nothing filed in 2024").isEqualTo("—");
        assertThat(cell(rows, "结案率", IndicatorRow::current)).isEqualTo(expected.current().closureRate().toPlainString());
        assertThat(cell(rows, "罚没金额合计", IndicatorRow::current)).isEqualTo(expected.current().amountTenThousand().toPlainString());
        assertThat(cell(rows, "不予处罚", IndicatorRow::current)).isEqualTo(String.valueOf(expected.current().noPenalty()));
        assertThat(rows).filteredOn(IndicatorRow::section).extracting(IndicatorRow::indicator).first().asString()
                .contains("案件办理");

        StatisticsBreakdown b = vm.breakdownProperty().get();
        assertThat(b.months().stream().mapToLong(StatisticsBreakdown.Month::filed).sum()).isEqualTo(expected.current().filed());
        assertThat(b.areas().stream().mapToLong(StatisticsBreakdown.Area::filed).sum()).isEqualTo(expected.current().filed());
        assertThat(vm.outcomes()).contains(new OutcomeBar("罚款", expected.current().decisionsOf(
                org.zhifa.workstation.domain.catalog.PenaltyType.FINE)), new OutcomeBar("首违不罚", expected.current().firstOffense()));

        List<DisclosureEntry> register = ws.publicDisclosure().register(TODAY, null);
        assertThat(vm.register()).containsExactlyElementsOf(register);
        assertThat(vm.registerSummaryProperty().get()).startsWith("截至2026-11-25：应公示 " + register.size() + " 件");
        assertThat(vm.statusProperty().get()).contains("全部执法主体", "2025年");
    }

    @Test
    void anotherYearOrAuthorityReloads() {
        vm.start();
        vm.yearProperty().set(2026);
        assertThat(cell(List.copyOf(vm.indicators()), "立案", IndicatorRow::current))
                .isEqualTo(String.valueOf(ws.annualStatistics().compute(2026, null).current().filed()));
        vm.authorityProperty().set(vm.authorities().stream().filter(a -> "BADU".equals(a.code())).findFirst().orElseThrow());
        assertThat(vm.statisticsProperty().get().authorityCode()).isEqualTo("BADU");
        assertThat(vm.statisticsProperty().get().current().year()).isEqualTo(2026);
    }

    @Test
    void exportsWriteTheWorkbookAndTheRegister_andACancelledDialogWritesNothing() throws Exception {
        vm.start();
        vm.exportStatistics();
        // cancelled: the save dialog was asked, nothing was written or announced
        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("save");
        assertThat(vm.lastExportProperty().get()).isNull();
        assertThat(exports).isEmptyDirectory();

        dialogs.saveInto(exports);
        vm.exportStatistics();
        Path xlsx = vm.lastExportProperty().get();
        assertThat(xlsx.getFileName().toString()).isEqualTo("统计年报-全部执法主体-2025年.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("2025");
        }
        assertThat(dialogs.shown()).anyMatch(s -> s.kind().equals("info") && s.message().contains(xlsx.getFileName().toString()));

        vm.exportRegister(true);
        Path csv = vm.lastExportProperty().get();
        assertThat(csv.getFileName().toString()).endsWith(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("行政处罚决定书文号");
        vm.exportRegister(false);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(vm.lastExportProperty().get()))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        assertThat(dialogs.errors()).isEmpty();
    }
}
