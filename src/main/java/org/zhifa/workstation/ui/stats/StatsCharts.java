package org.zhifa.workstation.ui.stats;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.StatisticsBreakdown;

/** The three charts of the 统计 page: cases by month (立案, 结案), by matter area (立案, 当场处罚), by outcome. */
final class StatsCharts {
    final BarChart<String, Number> byMonth = chart("statsMonthChart", "statsPage.chart.month");
    final BarChart<String, Number> byArea = chart("statsAreaChart", "statsPage.chart.area");
    final BarChart<String, Number> byOutcome = chart("statsOutcomeChart", "statsPage.chart.outcome");

    StatsCharts() {
        byOutcome.setLegendVisible(false);
    }

    private static BarChart<String, Number> chart(String id, String titleKey) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Texts.tr("stats.unit.cases"));
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(Texts.tr(titleKey));
        chart.setAnimated(false);
        chart.setMinHeight(260);
        chart.setPrefHeight(300);
        return chart;
    }

    /** Cases by month and by area; nothing for null. */
    void showBreakdown(StatisticsBreakdown b) {
        if (b == null) {
            return;
        }
        XYChart.Series<String, Number> filed = series(Texts.tr("stats.row.filed"));
        XYChart.Series<String, Number> concluded = series(Texts.tr("stats.row.concluded"));
        for (StatisticsBreakdown.Month m : b.months()) {
            String label = Texts.tr("statsPage.chart.monthLabel", m.month());
            filed.getData().add(new XYChart.Data<>(label, m.filed()));
            concluded.getData().add(new XYChart.Data<>(label, m.concluded()));
        }
        byMonth.getData().setAll(List.of(filed, concluded));

        XYChart.Series<String, Number> areaFiled = series(Texts.tr("stats.row.filed"));
        XYChart.Series<String, Number> areaOnSite = series(Texts.tr("statsPage.chart.onSite"));
        for (StatisticsBreakdown.Area a : b.areas()) {
            String label = a.area().isEmpty() ? Texts.tr("statsPage.chart.noArea") : a.area();
            areaFiled.getData().add(new XYChart.Data<>(label, a.filed()));
            areaOnSite.getData().add(new XYChart.Data<>(label, a.onSite()));
        }
        byArea.getData().setAll(List.of(areaFiled, areaOnSite));
    }

    void showOutcomes(List<OutcomeBar> outcomes) {
        XYChart.Series<String, Number> outcome = series(Texts.tr("statsPage.chart.outcome"));
        for (OutcomeBar bar : outcomes) {
            outcome.getData().add(new XYChart.Data<>(bar.label(), bar.count()));
        }
        byOutcome.getData().setAll(List.of(outcome));
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
