package org.zhifa.workstation.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;

/** 案卷评查 from the case page of a demo case with planted defects: the findings on screen, then back to the case. */
class CaseAuditViewTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    @Test
    void theAuditOfAPlantedCaseListsItsDefects() throws Exception {
        try (FxTest.Started app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(LocalDate.of(2026, 11, 25)))) {
            Gui gui = new Gui(robot, app);
            fxRun(() -> app.window().viewModel().openCase("BD-2025-0010"));
            gui.waitForCasePage("BD-2025-0010");
            gui.click("#casePageAudit");
            TableView<Finding> findings = gui.node("#auditFindings");
            waitUntil("the findings", () -> findings.getItems().size() == 2);
            assertThat(fx(() -> findings.getItems().stream().map(Finding::itemId).toList())).containsExactly("C03", "C13");
            assertThat(gui.label("#auditVerdict")).isEqualTo("得分 96 分：合格（合格线 80 分）");
            FxTest.cellShowing(robot, "#auditFindings", "-3");
            assertThat(gui.label("#auditRubric")).contains("卷面扣 0 分，内容扣 4 分");

            gui.click("#auditClose");
            waitUntil("the case page again", () -> robot.lookup("#caseAuditView").tryQuery().isEmpty());
            assertThat(gui.label("#casePageCaseNo")).contains("BD-2025-0010");
        }
    }
}
