package org.zhifa.workstation.ui.stats;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.DisclosureAction;
import org.zhifa.workstation.stats.DisclosureEntry;
import org.zhifa.workstation.ui.common.Formats;
import org.zhifa.workstation.ui.common.Tables;

/**
 * 统计: year and authority pickers, 刷新 and 导出统计年报 on top; tabs for the indicators (with the year before and the
 * change), the charts (by month, by matter area, by outcome) and the 公示 register with its XLSX and CSV export.
 */
public final class StatsView extends VBox {
    private final StatsViewModel vm;
    private final StatsCharts charts = new StatsCharts();

    public StatsView(StatsViewModel vm) {
        super(10);
        this.vm = vm;
        setId("statsPage");
        setPadding(new Insets(16, 16, 12, 16));

        Label title = new Label(Texts.tr("ui.placeholder.stats.title"));
        title.getStyleClass().add("page-title");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("statsYear");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<StatsViewModel.AuthorityChoice> authority = new ComboBox<>(vm.authorities());
        authority.setId("statsAuthority");
        authority.valueProperty().bindBidirectional(vm.authorityProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button refresh = new Button(Texts.tr("ui.casePage.refresh"));
        refresh.setId("statsRefresh");
        refresh.setOnAction(e -> vm.refresh());
        Button export = new Button(Texts.tr("statsPage.export.button"));
        export.setId("statsExport");
        export.getStyleClass().add("primary-button");
        export.disableProperty().bind(vm.statisticsProperty().isNull().or(vm.loadingProperty()));
        export.setOnAction(e -> vm.exportStatistics());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, title, grow, new Label(Texts.tr("statsPage.year")), year,
                new Label(Texts.tr("statsPage.authority")), authority, busy, refresh, export);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("statsStatus");
        status.getStyleClass().add("todo-summary");
        status.textProperty().bind(vm.statusProperty());

        TabPane tabs = new TabPane(tab("statsTabIndicators", "statsPage.tab.indicators", indicatorTable()),
                tab("statsTabCharts", "statsPage.tab.charts", chartsPane()),
                tab("statsTabRegister", "statsPage.tab.register", registerPane()));
        tabs.setId("statsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top, status, tabs);

        vm.breakdownProperty().addListener((obs, old, now) -> charts.showBreakdown(now));
        vm.outcomes().addListener((javafx.collections.ListChangeListener<OutcomeBar>) change ->
                charts.showOutcomes(vm.outcomes()));
        // the figures are computed the first time the page shows
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                vm.start();
            }
        });
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(Texts.tr(key), content);
        t.setId(id);
        return t;
    }

    private TableView<IndicatorRow> indicatorTable() {
        TableView<IndicatorRow> table = new TableView<>(vm.indicators());
        table.setId("statsIndicatorTable");
        table.setPlaceholder(new Label(Texts.tr("statsPage.empty")));
        table.getColumns().add(Tables.text(Texts.tr("stats.col.indicator"), IndicatorRow::indicator, 300));
        table.getColumns().add(Tables.text(Texts.tr("stats.col.unit"), IndicatorRow::unit, 60));
        table.getColumns().add(Tables.text(Texts.tr("statsPage.col.current"), IndicatorRow::current, 110));
        table.getColumns().add(Tables.text(Texts.tr("statsPage.col.previous"), IndicatorRow::previous, 110));
        table.getColumns().add(Tables.text(Texts.tr("stats.col.change"), IndicatorRow::change, 100));
        table.getColumns().add(Tables.text(Texts.tr("stats.col.changeRate"), IndicatorRow::changeRate, 100));
        Tables.markRows(table, IndicatorRow::section, "section-title");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private ScrollPane chartsPane() {
        VBox box = new VBox(12, charts.byMonth, charts.byArea, charts.byOutcome);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("statsChartsScroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox registerPane() {
        TableView<DisclosureEntry> table = new TableView<>(vm.register());
        table.setId("statsRegisterTable");
        table.setPlaceholder(new Label(Texts.tr("statsPage.register.empty")));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.action"),
                e -> Texts.tr(e.action() == DisclosureAction.PUBLISH ? "disclosure.publish" : "disclosure.withdraw"), 80));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.number"), DisclosureEntry::decisionNumber, 170));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.caseName"), DisclosureEntry::caseName, 220));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.party"), DisclosureEntry::partyName, 150));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.partyNumber"), DisclosureEntry::partyNumber, 170));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.decidedOn"), e -> date(e.decidedOn()), 100));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.dueOn"), e -> date(e.dueOn()), 100));
        table.getColumns().add(Tables.text(Texts.tr("disclosure.col.status"),
                e -> Texts.tr(e.overdue() ? "disclosure.status.overdue" : "disclosure.status.due"), 80));
        Tables.markRows(table, DisclosureEntry::overdue, "todo-overdue");
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("statsRegisterSummary");
        summary.getStyleClass().add("todo-summary");
        summary.textProperty().bind(vm.registerSummaryProperty());
        Button xlsx = new Button(Texts.tr("statsPage.register.xlsx"));
        xlsx.setId("statsRegisterXlsx");
        xlsx.setOnAction(e -> vm.exportRegister(false));
        Button csv = new Button(Texts.tr("statsPage.register.csv"));
        csv.setId("statsRegisterCsv");
        csv.setOnAction(e -> vm.exportRegister(true));
        xlsx.disableProperty().bind(vm.loadingProperty());
        csv.disableProperty().bind(vm.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, summary, grow, xlsx, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static String date(LocalDate day) {
        return day == null ? Formats.none() : Formats.date(day);
    }

}
