package org.zhifa.workstation.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.DisclosureEntry;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.FxBackgroundExecutor;

/** The 统计 page on screen: the 2025 figures of the demo township, its charts, the 公示 register, and the export. */
class StatsPageTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;

    private final FxRobot robot = new FxRobot();
    private final List<Stage> stages = new java.util.ArrayList<>();

    private static long sum(XYChart.Series<String, Number> series) {
        return series.getData().stream().mapToLong(d -> d.getYValue().longValue()).sum();
    }

    /** Clicks the header of the tab with the title. */
    private void clickTab(String title) {
        javafx.scene.Node tabs = robot.lookup("#statsTabs").query();
        java.util.Optional<javafx.scene.Node> header = fx(() -> robot.from(tabs)
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText()))
                .tryQuery());
        robot.clickOn(header.orElseThrow(() -> new AssertionError("no tab " + title)));
    }

    @Test
    void theMainWindowsStatsPageShowsTheServicesFiguresFor2025() throws Exception {
        try (FxTest.Started app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(TODAY))) {
            Gui gui = new Gui(robot, app);
            gui.click("#navStats");
            TableView<IndicatorRow> table = gui.node("#statsIndicatorTable");
            waitUntil("the indicators", () -> !table.getItems().isEmpty());
            AnnualStatistics expected = app.workstation().annualStatistics().compute(2025, null);
            assertThat(fx(() -> gui.<javafx.scene.control.ComboBox<Integer>>node("#statsYear").getValue())).isEqualTo(2025);
            IndicatorRow filed = fx(() -> table.getItems().stream().filter(r -> r.indicator().equals("立案")).findFirst())
                    .orElseThrow();
            assertThat(filed.current()).isEqualTo(String.valueOf(expected.current().filed()));
            assertThat(filed.previous()).isEqualTo(String.valueOf(expected.previous().filed()));
            FxTest.cellShowing(robot, "#statsIndicatorTable", "立案");
            assertThat(gui.label("#statsStatus")).contains("全部执法主体", "2025年");

            clickTab("图表");
            BarChart<String, Number> months = gui.node("#statsMonthChart");
            waitUntil("the month chart", () -> months.getData().size() == 2);
            assertThat(fx(() -> sum(months.getData().get(0)))).isEqualTo(expected.current().filed());
            assertThat(fx(() -> sum(months.getData().get(1)))).isEqualTo(expected.current().concluded());
            BarChart<String, Number> areas = gui.node("#statsAreaChart");
            assertThat(fx(() -> sum(areas.getData().get(0)))).isEqualTo(expected.current().filed());
            BarChart<String, Number> outcomes = gui.node("#statsOutcomeChart");
            assertThat(fx(() -> outcomes.getData().getFirst().getData().stream()
                    .filter(d -> d.getXValue().equals("不予处罚")).findFirst().orElseThrow().getYValue().longValue()))
                    .isEqualTo(expected.current().noPenalty());

            clickTab("公示清单");
            assertThat(fx(() -> gui.<TabPane>node("#statsTabs").getSelectionModel().getSelectedIndex())).isEqualTo(2);
            TableView<DisclosureEntry> register = gui.node("#statsRegisterTable");
            List<DisclosureEntry> due = app.workstation().publicDisclosure().register(TODAY, null);
            waitUntil("the register", () -> register.getItems().size() == due.size());
            assertThat(gui.label("#statsRegisterSummary")).contains("应公示 " + due.size() + " 件");
            if (!due.isEmpty()) {
                FxTest.cellShowing(robot, "#statsRegisterTable", due.getFirst().partyName());
            }
        }
    }

    @Test
    void exportingTheAnnualReportWritesAWorkbookThatPoiOpens() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Workstation ws = DemoData.open(dataDir)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            dialogs.saveInto(exports);
            FxBackgroundExecutor executor = new FxBackgroundExecutor();
            FailureReporter failures = new FailureReporter(dialogs);
            StatsViewModel vm = new StatsViewModel(ws, ws.referenceData(), executor, failures,
                    new FileExport(executor, dialogs, failures), () -> TODAY);
            // a window of its own: the primary stage keeps the size the main window tests expect
            Stage window = fx(() -> {
                Stage stage = new Stage();
                stage.setScene(new Scene(new StatsView(vm), 1200, 800));
                stage.show();
                return stage;
            });
            stages.add(window);
            waitUntil("the figures", () -> vm.statisticsProperty().get() != null && !vm.loadingProperty().get());
            robot.clickOn("#statsExport");
            waitUntil("the export", () -> vm.lastExportProperty().get() != null);
            Path xlsx = fx(() -> vm.lastExportProperty().get());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("2025");
            }
            assertThat(dialogs.errors()).isEmpty();
            executor.shutdown();
        } finally {
            stages.forEach(w -> FxTest.fxRun(w::close));
        }
    }
}
