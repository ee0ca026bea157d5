package org.zhifa.workstation.ui.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;
import org.zhifa.workstation.ui.task.Debouncer;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * The case screen's state: search keyword, state filter, the matching cases, the selected case and its record.
 * Plain JavaFX properties, no toolkit thread needed: queries run through the {@link BackgroundExecutor}.
 */
public final class CaseListViewModel {
    private final CaseService cases;
    private final ReferenceDataService referenceData;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final Debouncer searchDebouncer;

    private final StringProperty keyword = new SimpleStringProperty(this, "keyword", "");
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(this, "stateFilter", StateFilter.ALL);
    private final ObservableList<StateFilter> stateFilters = FXCollections.observableArrayList(StateFilter.choices());
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty shownCount = new SimpleIntegerProperty(this, "shownCount", 0);
    private final IntegerProperty totalCount = new SimpleIntegerProperty(this, "totalCount", 0);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);

    private final ObjectProperty<CaseSummary> selectedSummary = new SimpleObjectProperty<>(this, "selectedSummary");
    private final ObjectProperty<CaseRecord> selectedCase = new SimpleObjectProperty<>(this, "selectedCase");
    private final BooleanProperty detailLoading = new SimpleBooleanProperty(this, "detailLoading", false);
    private Map<String, String> officerNames = Map.of();

    private BackgroundJob listJob = BackgroundJob.done();
    private BackgroundJob detailJob = BackgroundJob.done();
    private long listGeneration;
    private long detailGeneration;
    private boolean replacingRows;

    public CaseListViewModel(CaseService cases, ReferenceDataService referenceData, BackgroundExecutor executor,
            DialogService dialogs, Debouncer searchDebouncer) {
        this.cases = Objects.requireNonNull(cases);
        this.referenceData = Objects.requireNonNull(referenceData);
        this.executor = Objects.requireNonNull(executor);
        this.failures = new FailureReporter(dialogs);
        this.searchDebouncer = Objects.requireNonNull(searchDebouncer);
        keyword.addListener((obs, oldValue, newValue) -> searchDebouncer.schedule(this::refresh));
        stateFilter.addListener((obs, oldValue, newValue) -> {
            if (newValue == null) {
                stateFilter.set(StateFilter.ALL);
            } else {
                searchDebouncer.cancel();
                refresh();
            }
        });
        selectedSummary.addListener((obs, oldValue, newValue) -> loadDetail(newValue));
    }

    /** The query the current keyword and filter stand for. */
    public CaseQuery query() {
        StateFilter filter = stateFilter.get() == null ? StateFilter.ALL : stateFilter.get();
        return CaseQuery.all().withKeyword(keyword.get()).withStates(filter.states());
    }

    /** Searches with the current keyword now, without waiting for the typing pause. */
    public void searchNow() {
        searchDebouncer.cancel();
        refresh();
    }

    /** Reloads the list (and the total) in the background. */
    public void refresh() {
        CaseQuery query = query();
        long generation = ++listGeneration;
        listJob.cancel();
        loading.set(true);
        listJob = executor.submit(() -> new ListResult(cases.list(query), cases.count(CaseQuery.all()), officerNames()),
                result -> {
                    if (generation == listGeneration) {
                        applyRows(result);
                    }
                },
                failure -> {
                    if (generation == listGeneration) {
                        loading.set(false);
                        failures.report(Texts.tr("ui.error.loadCases"), failure);
                    }
                });
    }

    private void applyRows(ListResult result) {
        CaseSummary previous = selectedSummary.get();
        replacingRows = true;
        try {
            rows.setAll(result.rows());
        } finally {
            replacingRows = false;
        }
        officerNames = result.officerNames();
        shownCount.set(result.rows().size());
        totalCount.set(result.total());
        loading.set(false);
        loaded.set(true);
        if (previous != null) {
            Optional<CaseSummary> again = result.rows().stream()
                    .filter(row -> row.caseNo().equals(previous.caseNo())).findFirst();
            selectedSummary.set(again.orElse(null));
        }
    }

    /**
     * Selects a row (null clears the selection). A null arriving while the list is being replaced is the
     * table letting go of its rows, not the user: the selection then follows the refreshed list instead.
     */
    public void select(CaseSummary summary) {
        if (summary == null && replacingRows) {
            return;
        }
        selectedSummary.set(summary);
    }

    private void loadDetail(CaseSummary summary) {
        long generation = ++detailGeneration;
        detailJob.cancel();
        if (summary == null) {
            selectedCase.set(null);
            detailLoading.set(false);
            return;
        }
        detailLoading.set(true);
        String caseNo = summary.caseNo();
        detailJob = executor.submit(() -> cases.find(caseNo),
                found -> {
                    if (generation == detailGeneration) {
                        detailLoading.set(false);
                        selectedCase.set(found.orElse(null));
                        if (found.isEmpty()) {
                            failures.report(Texts.tr("ui.error.caseMissing", caseNo), new IllegalStateException(caseNo));
                        }
                    }
                },
                failure -> {
                    if (generation == detailGeneration) {
                        detailLoading.set(false);
                        failures.report(Texts.tr("ui.error.loadCase", caseNo), failure);
                    }
                });
    }

    /** Stops pending work (the window is closing). */
    public void dispose() {
        searchDebouncer.cancel();
        listJob.cancel();
        detailJob.cancel();
    }

    public StringProperty keywordProperty() {
        return keyword;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public ObservableList<StateFilter> stateFilters() {
        return stateFilters;
    }

    /** The cases matching the current search, read-only. */
    public ObservableList<CaseSummary> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount;
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the first list has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyObjectProperty<CaseSummary> selectedSummaryProperty() {
        return selectedSummary;
    }

    public ReadOnlyObjectProperty<CaseRecord> selectedCaseProperty() {
        return selectedCase;
    }

    public ReadOnlyBooleanProperty detailLoadingProperty() {
        return detailLoading;
    }

    /** Officer code to name, for history entries made by officers who are not on the case (e.g. the lead). */
    private Map<String, String> officerNames() {
        Map<String, String> names = new HashMap<>();
        for (Officer o : referenceData.officers()) {
            names.put(o.code(), o.name());
        }
        return Map.copyOf(names);
    }

    /** The name of the officer with this code, if known. */
    public Optional<String> officerName(String code) {
        return Optional.ofNullable(code == null ? null : officerNames.get(code));
    }

    private record ListResult(List<CaseSummary> rows, int total, Map<String, String> officerNames) {
    }
}
