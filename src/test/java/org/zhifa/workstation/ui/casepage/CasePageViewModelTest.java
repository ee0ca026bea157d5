package org.zhifa.workstation.ui.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.action.FileCase;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.ui.forms.ActionDraft;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.PrintFixtures;
import org.zhifa.workstation.ui.support.RecordingPrinter;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The case page's view model over the real services, without the FX thread. */
class CasePageViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    private Workstation ws;
    private CasePageViewModel vm;
    private RecordingDialogService dialogs;

    @BeforeEach
    void open() {
        ws = DemoData.open(dataDir);
        dialogs = new RecordingDialogService();
        Session o02 = new Session(new User("o02", "O02", EnumSet.of(Role.OFFICER), true), Instant.now());
        vm = new CasePageViewModel(ws.cases(), ws.referenceData(), ws.evidenceFiles(),
                () -> ws.settings().settings().procedure(), o02, new SynchronousBackgroundExecutor(),
                new FailureReporter(dialogs), () -> TODAY, PrintFixtures.caseDocuments(ws, new RecordingPrinter(), dialogs));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void opensACaseWithItsNextStepsAndDeadlines() {
        vm.open("BD-2026-0010");
        assertThat(vm.viewProperty().get().record().state()).isEqualTo(CaseState.LEAD);
        assertThat(vm.nextStep(ActionType.FILE)).get().matches(s -> s.allowed());
        assertThat(vm.viewProperty().get().deadlines()).extracting(d -> d.key()).contains("filing");
        assertThat(vm.formContext(vm.nextStep(ActionType.FILE).orElseThrow()).defaultLead()).isEqualTo("O01");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aRefusedStepNamesTheRuleAndStoresNothing() {
        vm.open("BD-2026-0010");
        int revision = vm.viewProperty().get().record().revision();
        List<CasePageViewModel.Result> results = new ArrayList<>();
        // o03 is not a 负责人: the engine refuses the approval
        vm.perform(ActionDraft.of(new FileCase(TODAY, "O02", "O03", List.of("O02", "O03"), null)), results::add);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.blocking()).isNotEmpty();
        });
        assertThat(vm.savedProperty().get()).isNull();
        assertThat(ws.cases().find("BD-2026-0010").orElseThrow().revision()).isEqualTo(revision);
        assertThat(ws.cases().find("BD-2026-0010").orElseThrow().state()).isEqualTo(CaseState.LEAD);
    }

    @Test
    void anAcceptedStepIsStoredByTheLoggedInOfficerAndThePageReloads() {
        vm.open("BD-2026-0010");
        List<CasePageViewModel.Result> results = new ArrayList<>();
        vm.perform(ActionDraft.of(new FileCase(TODAY, "O02", "O01", List.of("O02", "O03"), null)), results::add);
        assertThat(results).singleElement().matches(CasePageViewModel.Result::accepted);
        assertThat(vm.viewProperty().get().record().state()).isEqualTo(CaseState.FILED);
        assertThat(vm.savedProperty().get().type()).isEqualTo(ActionType.FILE);
        assertThat(ws.cases().find("BD-2026-0010").orElseThrow().actions().getLast().actor()).isEqualTo("O02");
    }
}
