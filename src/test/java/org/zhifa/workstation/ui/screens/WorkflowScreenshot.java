package org.zhifa.workstation.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.support.Snapshots;

/**
 * Writes docs/screenshots/case-page.png (BD-2026-0007, 已告知: the stepper, 决定 blocked by the 陈述申辩 window, the
 * deadlines in colour) and docs/screenshots/todo.png (待办, overdue first), as of 2026-11-25 — the demo township's
 * present — so the pictures do not change with the day they are taken. Opt-in:
 * docs/screenshots/take-screenshot.sh sets -Dzhifa.screenshots=DIR.
 */
@EnabledIfSystemProperty(named = "zhifa.screenshots", matches = ".+")
class WorkflowScreenshot {
    static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    @Test
    void writeScreenshots() throws Exception {
        Path dir = Path.of(System.getProperty("zhifa.screenshots")).toAbsolutePath();
        FxRobot robot = new FxRobot();
        try (FxTest.Started app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(DEMO_TODAY))) {
            Gui gui = new Gui(robot, app);
            Scene scene = fx(() -> app.window().stage().getScene());
            waitUntil("the case list", () -> !app.window().view().caseListView().table().getItems().isEmpty());

            fxRun(() -> app.window().viewModel().openCase("BD-2026-0007"));
            gui.waitForCasePage("BD-2026-0007");
            waitUntil("blocked step shown", () -> robot.lookup("#step-DECIDED .violation-item").tryQuery().isPresent());
            Path casePage = Snapshots.write(scene, dir.resolve("case-page.png"));

            robot.clickOn("#navTasks");
            waitUntil("todo rows", () -> !app.window().view().todoView().table().getItems().isEmpty());
            waitUntil("rows drawn", () -> robot.lookup("#todoTable .todo-overdue").tryQuery().map(Node::isVisible).orElse(false));
            Path todo = Snapshots.write(scene, dir.resolve("todo.png"));

            assertThat(Files.size(casePage)).isPositive();
            assertThat(Files.size(todo)).isPositive();
            System.out.println("screenshots written: " + casePage + ", " + todo);
        }
    }
}
