package org.zhifa.workstation.ui.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.domain.procedure.TodoItem;
import org.zhifa.workstation.ui.casepage.DeadlineLook;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.RecordingDialogService;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** 待办 without the FX thread: overdue first, counts, tones. */
class TodoViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;
    private Workstation ws;

    @BeforeEach
    void open() {
        ws = DemoData.open(dataDir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void overdueFirstWithCounts() {
        TodoViewModel vm = new TodoViewModel(ws.cases(), new SynchronousBackgroundExecutor(),
                new FailureReporter(new RecordingDialogService()), () -> TODAY);
        vm.refresh();
        List<TodoItem> rows = vm.snapshot();
        assertThat(rows).isNotEmpty();
        assertThat(vm.overdueProperty().get()).isEqualTo((int) rows.stream().filter(t -> t.overdue(TODAY)).count());
        assertThat(vm.overdueProperty().get()).isPositive();
        for (int i = 0; i < vm.overdueProperty().get(); i++) {
            assertThat(rows.get(i).overdue(TODAY)).isTrue();
            assertThat(vm.tone(rows.get(i))).isEqualTo(DeadlineLook.Tone.OVERDUE);
        }
        assertThat(vm.soonProperty().get()).isEqualTo((int) rows.stream().filter(t -> vm.tone(t) == DeadlineLook.Tone.SOON).count());
        assertThat(rows).anyMatch(t -> t.caseNo().equals("BD-2026-0007") && vm.tone(t) == DeadlineLook.Tone.SOON);
        assertThat(vm.loadedProperty().get()).isTrue();
    }
}
