package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.forms.FormPanel;
import org.zhifa.workstation.ui.support.CaseFixtures;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.widgets.ViolationList;

/**
 * A step the law does not allow yet: 决定 inside the 陈述申辩 window. The form shows the rule (R17) and its article
 * in red, nothing is stored, the case stays 已告知, and everything typed is still in the form.
 */
class BlockedStepTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;
    private Gui gui;
    private String caseNo;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(GeneralProcedureFlowTest.TODAY));
        gui = new Gui(robot, app);
        caseNo = CaseFixtures.noticed(app.workstation());
        FxTest.fxRun(() -> app.window().viewModel().cases().refresh());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void decisionInsideTheRepresentationWindowIsRefusedWithR17AndTheFormKeepsItsValues() {
        // find the case in the list and open it with a double click
        gui.type("#caseSearchField", "赵平安");
        TableView<CaseSummary> table = gui.node("#caseTable");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("search settled", () -> table.getItems().size() == 1
                && !app.window().viewModel().cases().loadingProperty().get());
        Node cell = FxTest.cellShowing(robot, "#caseTable", caseNo);
        robot.doubleClickOn(cell);
        gui.waitForCasePage(caseNo);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.NOTICED));

        FormPanel panel = gui.openStep(ActionType.DECIDED);
        // 2026-03-10 lies inside the window (告知 2026-03-09 + 3 working days → 2026-03-12)
        gui.date("#formDate", LocalDate.of(2026, 3, 10));
        gui.text("#field-penaltyFine", "");
        gui.type("#field-penaltyFine", "900");
        String statement = "依据八都镇综合行政执法裁量基准（演示），当事人焚烧面积约4亩，适用一般档，拟处罚款900元。（手工修改）";
        gui.text("#field-discretionStatement", statement);
        gui.click("#formSubmit");

        waitUntil("refusal shown", () -> robot.lookup("#formViolations").tryQuery().map(Node::isVisible).orElse(false));
        String shown = fx(() -> ((ViolationList) robot.lookup("#formViolations").query()).allText());
        assertThat(shown).contains("R17").contains("第四十四条").contains("陈述申辩期限至 2026-03-12");
        assertThat(fx(() -> robot.lookup("#formViolations .rule-badge-error").queryAll().isEmpty())).isFalse();

        // the form is still open with what was typed
        assertThat(gui.casePage().formPanel()).isSameAs(panel);
        assertThat(fx(() -> ((DatePicker) robot.lookup("#formDate").query()).getValue())).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(fx(() -> ((TextField) robot.lookup("#field-penaltyFine").query()).getText())).isEqualTo("900");
        assertThat(fx(() -> ((TextArea) robot.lookup("#field-discretionStatement").query()).getText())).isEqualTo(statement);

        // nothing was stored: the case is still 已告知, with the notice as its last step
        var stored = app.workstation().cases().find(caseNo).orElseThrow();
        assertThat(stored.state()).isEqualTo(CaseState.NOTICED);
        assertThat(stored.actions().getLast().type()).isEqualTo(ActionType.NOTICE_SERVED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.NOTICED));

        // the same form on a day after the window is accepted
        gui.date("#formDate", LocalDate.of(2026, 3, 13));
        gui.submitAndWaitSaved(ActionType.DECIDED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.DECIDED));
        assertThat(app.workstation().cases().find(caseNo).orElseThrow().fineAmount()).isEqualByComparingTo("900");
    }

    @Test
    void aFineOutsideTheTierAsksForAWrittenReason() {
        org.zhifa.workstation.ui.support.FxTest.fxRun(() -> app.window().viewModel().openCase(caseNo));
        gui.waitForCasePage(caseNo);
        gui.openStep(ActionType.DECIDED);
        waitUntil("tier", () -> gui.label("#field-discretionTier").equals("一般"));
        assertThat(fx(() -> robot.lookup("#field-discretionDepartureReason").tryQuery().map(Node::isVisible).orElse(false)))
                .as("no reason asked inside the tier").isFalse();
        gui.text("#field-penaltyFine", "600");
        waitUntil("departure asked", () -> robot.lookup("#field-discretionDepartureReason").tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null).orElse(false));
        assertThat(GeneralProcedureFlowTest.textsUnder(gui.node("#field-discretionIssues"))).contains("第三十四条");
        gui.date("#formDate", LocalDate.of(2026, 3, 13));
        gui.click("#formSubmit");
        waitUntil("problem named", () -> robot.lookup("#formProblems").query().isVisible());
        assertThat(fx(() -> ((ViolationList) robot.lookup("#formProblems").query()).allText())).contains("偏离档次的理由");
        assertThat(app.workstation().cases().find(caseNo).orElseThrow().state()).isEqualTo(CaseState.NOTICED);
        // back inside the tier, the question goes away
        gui.text("#field-penaltyFine", "900");
        waitUntil("no departure", () -> robot.lookup("#field-discretionDepartureReason").tryQuery()
                .map(n -> n.getScene() == null || !n.isVisible()).orElse(true));
    }
}
