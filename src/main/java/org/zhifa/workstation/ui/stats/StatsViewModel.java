package org.zhifa.workstation.ui.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.stats.AnnualStatistics;
import org.zhifa.workstation.stats.DisclosureAction;
import org.zhifa.workstation.stats.DisclosureEntry;
import org.zhifa.workstation.stats.StatisticsBreakdown;
import org.zhifa.workstation.stats.StatisticsServices;
import org.zhifa.workstation.ui.common.FileExport;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * 统计: the 统计年报 of a year and an authority (all by default) with the change against the year before, the figures
 * behind the charts (by month, by matter area, by outcome) and the 公示 register as of today; exports through the save
 * dialog. Every computation runs in the background; a new year or authority reloads.
 */
public final class StatsViewModel {
    /** How many years the picker offers, counting back from this year. */
    static final int YEARS = 10;

    /** An entry of the authority picker: a code, or null for every authority. */
    public record AuthorityChoice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final StatisticsServices services;
    private final ReferenceDataService reference;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final FileExport export;
    private final Supplier<LocalDate> today;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<AuthorityChoice> authorities = FXCollections.observableArrayList();
    private final ObjectProperty<AuthorityChoice> authority = new SimpleObjectProperty<>(this, "authority");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final ObjectProperty<AnnualStatistics> statistics = new SimpleObjectProperty<>(this, "statistics");
    private final ObjectProperty<StatisticsBreakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown");
    private final ObservableList<IndicatorRow> indicators = FXCollections.observableArrayList();
    private final ObservableList<OutcomeBar> outcomes = FXCollections.observableArrayList();
    private final ObservableList<DisclosureEntry> register = FXCollections.observableArrayList();
    private final StringProperty registerSummary = new SimpleStringProperty(this, "registerSummary", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>(this, "lastExport");
    private final List<BackgroundJob> jobs = new ArrayList<>();
    private long loads;
    private int pending;
    private LocalDate registerDay;
    private boolean started;

    public StatsViewModel(StatisticsServices services, ReferenceDataService reference, BackgroundExecutor executor,
                          FailureReporter failures, FileExport export, Supplier<LocalDate> today) {
        this.services = Objects.requireNonNull(services);
        this.reference = Objects.requireNonNull(reference);
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.export = Objects.requireNonNull(export);
        this.today = Objects.requireNonNull(today);
        int thisYear = today.get().getYear();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            years.add(y);
        }
        // the last full year: what an annual report is for
        year.set(thisYear - 1);
        AuthorityChoice all = new AuthorityChoice(null, Texts.tr("stats.allAuthorities"));
        authorities.add(all);
        authority.set(all);
        year.addListener((obs, old, now) -> reloadIfStarted());
        authority.addListener((obs, old, now) -> reloadIfStarted());
    }

    /** Loads the authorities and the figures, the first time the page shows. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        executor.submit(reference::authorities, list -> {
            List<AuthorityChoice> choices = new ArrayList<>(authorities.subList(0, 1));
            for (Authority a : list) {
                choices.add(new AuthorityChoice(a.code(), a.name()));
            }
            authorities.setAll(choices);
        }, failures.showing(Texts.tr("statsPage.error.authorities")));
        refresh();
    }

    private void reloadIfStarted() {
        if (started) {
            refresh();
        }
    }

    /**
     * Computes the statistics of the chosen year and authority, the charts' figures and the register as of today: three
     * background jobs, so the indicators show as soon as they are ready (at 1,000,000 cases the charts take longer).
     */
    public void refresh() {
        Integer y = year.get();
        AuthorityChoice a = authority.get();
        if (y == null || a == null) {
            return;
        }
        LocalDate day = today.get();
        jobs.forEach(BackgroundJob::cancel);
        jobs.clear();
        long generation = ++loads;
        pending = 3;
        loading.set(true);
        status.set(Texts.tr("statsPage.status.loading", y));
        jobs.add(executor.submit(() -> services.annualStatistics().compute(y, a.code()), s -> {
            if (generation != loads) {
                return;
            }
            indicators.setAll(IndicatorRow.of(s));
            outcomes.setAll(OutcomeBar.of(s));
            statistics.set(s);
            status.set(Texts.tr("statsPage.status.loaded", s.authorityName(), y, s.computedOn()));
            done(generation);
        }, failure -> failed(generation, failure)));
        jobs.add(executor.submit(() -> services.annualStatistics().breakdown(y, a.code()), b -> {
            if (generation != loads) {
                return;
            }
            breakdown.set(b);
            done(generation);
        }, failure -> failed(generation, failure)));
        jobs.add(executor.submit(() -> services.publicDisclosure().register(day, a.code()), entries -> {
            if (generation != loads) {
                return;
            }
            register.setAll(entries);
            registerDay = day;
            registerSummary.set(summary(entries, day));
            done(generation);
        }, failure -> failed(generation, failure)));
    }

    private void done(long generation) {
        if (--pending == 0) {
            loading.set(false);
        }
    }

    private void failed(long generation, Throwable failure) {
        if (generation != loads) {
            return;
        }
        jobs.forEach(BackgroundJob::cancel);
        loads++;
        loading.set(false);
        status.set("");
        failures.report(Texts.tr("statsPage.error.load"), failure);
    }

    static String summary(List<DisclosureEntry> entries, LocalDate day) {
        long publish = entries.stream().filter(e -> e.action() == DisclosureAction.PUBLISH).count();
        long overdue = entries.stream().filter(DisclosureEntry::overdue).count();
        long withdraw = entries.size() - publish;
        return Texts.tr("statsPage.register.summary", day, publish, overdue, withdraw);
    }

    /** 导出统计年报: the XLSX of the statistics shown. */
    public void exportStatistics() {
        AnnualStatistics s = statistics.get();
        if (s == null) {
            return;
        }
        String name = FileExport.fileName(Texts.tr("statsPage.export.fileName", s.authorityName(), s.current().year()));
        export.save(Texts.tr("statsPage.export.title"), name, Texts.tr("statsPage.export.xlsxKind"), "xlsx",
                () -> services.annualStatistics().workbook(s), lastExport::set);
    }

    /** 导出公示清单 as XLSX ({@code csv} false) or CSV. */
    public void exportRegister(boolean csv) {
        List<DisclosureEntry> entries = List.copyOf(register);
        LocalDate day = registerDay;
        if (day == null) {
            return;
        }
        String name = FileExport.fileName(Texts.tr("statsPage.register.fileName", day, csv ? "csv" : "xlsx"));
        export.save(Texts.tr("statsPage.register.exportTitle"), name,
                Texts.tr(csv ? "statsPage.export.csvKind" : "statsPage.export.xlsxKind"), csv ? "csv" : "xlsx",
                () -> csv ? services.publicDisclosure().csv(entries) : services.publicDisclosure().workbook(entries, day),
                lastExport::set);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<AuthorityChoice> authorities() {
        return authorities;
    }

    public ObjectProperty<AuthorityChoice> authorityProperty() {
        return authority;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<AnnualStatistics> statisticsProperty() {
        return statistics;
    }

    public ReadOnlyObjectProperty<StatisticsBreakdown> breakdownProperty() {
        return breakdown;
    }

    public ObservableList<IndicatorRow> indicators() {
        return indicators;
    }

    public ObservableList<OutcomeBar> outcomes() {
        return outcomes;
    }

    public ObservableList<DisclosureEntry> register() {
        return register;
    }

    public ReadOnlyStringProperty registerSummaryProperty() {
        return registerSummary;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The file the latest export wrote (null before any). */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }

    public void dispose() {
        jobs.forEach(BackgroundJob::cancel);
    }
}
