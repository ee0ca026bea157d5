package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.procedure.TodoItem;
import org.zhifa.workstation.ui.support.CaseFixtures;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;

/** 待办: every open deadline, overdue ones first in red; a double click opens the case. */
class TodoPageTest {
    static final LocalDate TODAY = GeneralProcedureFlowTest.TODAY;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;
    private Gui gui;
    private String lateLead;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(TODAY));
        gui = new Gui(robot, app);
        // a lead discovered in March and never filed: its 立案期限 is long overdue
        lateLead = CaseFixtures.lead(app.workstation(), LocalDate.of(2026, 3, 2), "孙立新", "33118119750505123");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void overdueItemsComeFirstInRedAndADoubleClickOpensTheCase() {
        gui.click("#navTasks");
        TableView<TodoItem> table = gui.node("#todoTable");
        waitUntil("todo rows", () -> !table.getItems().isEmpty());
        List<TodoItem> rows = fx(() -> List.copyOf(table.getItems()));
        assertThat(rows).hasSameSizeAs(app.workstation().cases().todo(TODAY));

        // overdue first, then by due date
        int firstOpen = 0;
        while (firstOpen < rows.size() && rows.get(firstOpen).overdue(TODAY)) {
            firstOpen++;
        }
        assertThat(firstOpen).as("overdue items").isGreaterThanOrEqualTo(2);
        assertThat(rows.subList(firstOpen, rows.size())).noneMatch(t -> t.overdue(TODAY));
        assertThat(rows.subList(firstOpen, rows.size())).extracting(t -> t.deadline().deadline().date()).isSorted();
        assertThat(rows.subList(0, firstOpen)).anyMatch(t -> t.caseNo().equals(lateLead) && t.deadline().key().equals("filing"));
        assertThat(gui.label("#todoSummary")).contains("已超期 " + firstOpen + " 项");

        // the rows on screen: overdue ones red with 已超期, the one due today amber
        List<TableRow<?>> shown = fx(() -> robot.lookup("#todoTable .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() != null).sorted(java.util.Comparator.comparingInt(TableRow::getIndex)).toList());
        assertThat(fx(() -> shown.getFirst().getStyleClass().contains("todo-overdue"))).isTrue();
        assertThat(GeneralProcedureFlowTest.textsUnder(shown.getFirst())).contains("已超期");
        assertThat(fx(() -> shown.stream().filter(r -> ((TodoItem) r.getItem()).overdue(TODAY))
                .allMatch(r -> r.getStyleClass().contains("todo-overdue")))).isTrue();
        assertThat(fx(() -> shown.stream().anyMatch(r -> r.getStyleClass().contains("todo-soon")))).isTrue();

        // a double click on the first row opens its case page
        TodoItem first = rows.getFirst();
        Node cell = FxTest.cellShowing(robot, "#todoTable", first.caseNo());
        robot.doubleClickOn(cell);
        gui.waitForCasePage(first.caseNo());
        assertThat(gui.label("#casePageCaseNo")).isEqualTo(first.caseNo());
        assertThat(fx(() -> robot.lookup("#deadline-" + first.deadline().key()).query().getStyleClass()))
                .contains("deadline-overdue");
    }
}
