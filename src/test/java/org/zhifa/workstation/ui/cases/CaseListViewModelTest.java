package org.zhifa.workstation.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.Debouncer;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The case screen's view model over the real services and the demo township, without a JavaFX toolkit. */
class CaseListViewModelTest {
    @TempDir
    Path dataDir;

    private Workstation ws;
    private RecordingDialogService dialogs;
    private CaseListViewModel vm;

    @BeforeEach
    void setUp() {
        ws = Workstation.open(dataDir);
        ws.demoLoader().load();
        dialogs = new RecordingDialogService();
        vm = new CaseListViewModel(ws.cases(), ws.referenceData(), new SynchronousBackgroundExecutor(), dialogs, Debouncer.immediate());
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.dispose();
        }
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void listsTheDemoCases() {
        assertThat(vm.rows()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(vm.shownCountProperty().get()).isEqualTo(vm.rows().size());
        assertThat(vm.totalCountProperty().get()).isEqualTo(vm.rows().size());
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.rows()).anyMatch(r -> DemoData.isChinese(r.partyName()));
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void keywordNarrowsTheList() {
        int total = vm.rows().size();
        String surname = DemoData.sharedSurname(ws);

        vm.keywordProperty().set(surname);

        assertThat(vm.rows()).isNotEmpty().hasSizeLessThan(total)
                .allMatch(r -> DemoData.matches(r, surname), "matches " + surname);
        assertThat(vm.rows()).anyMatch(r -> r.partyName() != null && r.partyName().startsWith(surname));
        assertThat(vm.shownCountProperty().get()).isEqualTo(vm.rows().size());
        assertThat(vm.totalCountProperty().get()).isEqualTo(total);

        vm.keywordProperty().set("");
        assertThat(vm.rows()).hasSize(total);
    }

    @Test
    void keywordFindsACaseByItsNumber() {
        CaseSummary some = vm.rows().get(vm.rows().size() / 2);
        vm.keywordProperty().set(some.caseNo());
        assertThat(vm.rows()).extracting(CaseSummary::caseNo).contains(some.caseNo());
    }

    @Test
    void aKeywordNothingMatchesEmptiesTheList() {
        vm.keywordProperty().set("不存在的关键字XYZ");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.shownCountProperty().get()).isZero();
    }

    @Test
    void stateFilterShowsOnlyThatState() {
        List<CaseSummary> all = List.copyOf(vm.rows());
        Set<CaseState> present = all.stream().map(CaseSummary::state).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
        assertThat(present).as("demo data covers several states").hasSizeGreaterThanOrEqualTo(3);

        for (CaseState state : present) {
            vm.stateFilterProperty().set(StateFilter.of(state));
            long expected = all.stream().filter(r -> r.state() == state).count();
            assertThat(vm.rows()).as(state.name()).hasSize((int) expected).allMatch(r -> r.state() == state);
        }

        vm.stateFilterProperty().set(StateFilter.OPEN);
        int open = vm.rows().size();
        assertThat(vm.rows()).allMatch(r -> !r.state().isFinished());
        vm.stateFilterProperty().set(StateFilter.FINISHED);
        assertThat(vm.rows()).allMatch(r -> r.state().isFinished());
        assertThat(open + vm.rows().size()).isEqualTo(all.size());

        vm.stateFilterProperty().set(StateFilter.ALL);
        assertThat(vm.rows()).hasSize(all.size());
    }

    @Test
    void stateFilterOffersAllAndEveryStateWithChineseLabels() {
        assertThat(vm.stateFilters().getFirst()).isEqualTo(StateFilter.ALL);
        assertThat(vm.stateFilters().getFirst().label()).isEqualTo("全部");
        for (CaseState state : CaseState.values()) {
            assertThat(vm.stateFilters()).contains(StateFilter.of(state));
        }
        assertThat(vm.stateFilters()).allMatch(f -> DemoData.isChinese(f.label()));
    }

    @Test
    void keywordAndStateCombine() {
        String surname = DemoData.sharedSurname(ws);
        vm.keywordProperty().set(surname);
        CaseState state = vm.rows().getFirst().state();
        vm.stateFilterProperty().set(StateFilter.of(state));
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.state() == state && DemoData.matches(r, surname));
    }

    @Test
    void selectingARowLoadsTheWholeCase() {
        CaseSummary row = vm.rows().getFirst();
        vm.select(row);

        CaseRecord record = vm.selectedCaseProperty().get();
        assertThat(record).isNotNull();
        assertThat(record.caseNo()).isEqualTo(row.caseNo());
        assertThat(record.party().name()).isEqualTo(row.partyName());
        assertThat(record.state()).isEqualTo(row.state());
        assertThat(vm.detailLoadingProperty().get()).isFalse();

        vm.select(null);
        assertThat(vm.selectedCaseProperty().get()).isNull();
    }

    @Test
    void everyDemoCaseLoads() {
        int withHistory = 0;
        for (CaseSummary row : List.copyOf(vm.rows())) {
            vm.select(row);
            CaseRecord record = vm.selectedCaseProperty().get();
            assertThat(record).as(row.caseNo()).isNotNull();
            assertThat(record.caseNo()).isEqualTo(row.caseNo());
            withHistory += record.events().isEmpty() ? 0 : 1;
        }
        assertThat(withHistory).as("cases with a history").isPositive();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void selectionSurvivesARefreshThatKeepsTheCaseAndGoesWhenItIsFilteredOut() {
        CaseSummary row = vm.rows().getFirst();
        vm.select(row);
        CaseRecord loaded = vm.selectedCaseProperty().get();

        vm.keywordProperty().set(row.caseNo());
        assertThat(vm.selectedSummaryProperty().get()).isEqualTo(row);
        assertThat(vm.selectedCaseProperty().get()).isSameAs(loaded);

        vm.keywordProperty().set("不存在的关键字XYZ");
        assertThat(vm.selectedSummaryProperty().get()).isNull();
        assertThat(vm.selectedCaseProperty().get()).isNull();
    }

    @Test
    void aFailingQueryShowsAChineseErrorAndNoStackTrace() {
        ws.close();

        vm.refresh();

        assertThat(dialogs.errors()).hasSize(1);
        RecordingDialogService.Shown error = dialogs.errors().getFirst();
        assertThat(error.title()).isEqualTo(Texts.tr("ui.error.title"));
        assertThat(error.message()).contains(Texts.tr("ui.error.loadCases"))
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
