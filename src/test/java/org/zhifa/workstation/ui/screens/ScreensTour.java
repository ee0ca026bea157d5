package org.zhifa.workstation.ui.screens;

import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Snapshots;

/** Pictures of every screen for reviewing the layout (opt-in: -Dzhifa.tour=DIR). */
@EnabledIfSystemProperty(named = "zhifa.tour", matches = ".+")
class ScreensTour {
    @TempDir
    Path dataDir;

    @Test
    void tour() throws Exception {
        Path dir = Path.of(System.getProperty("zhifa.tour"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        FxRobot robot = new FxRobot();
        try (FxTest.Started app = FxTest.start(dataDir, clock)) {
            waitUntil("login", () -> robot.lookup("#loginUsername").tryQuery().isPresent());
            Scene login = fx(() -> robot.lookup("#loginUsername").query().getScene());
            Snapshots.write(login, dir.resolve("01-login.png"));
            FxTest.logIn(robot, app, "o02", FxTest.DEMO_PASSWORD);
            waitUntil("main", () -> app.application().window() != null);
            Scene scene = fx(() -> app.window().stage().getScene());
            waitUntil("list", () -> !app.window().view().caseListView().table().getItems().isEmpty());
            Snapshots.write(scene, dir.resolve("02-list.png"));

            fxRun(() -> app.window().viewModel().openCase("BD-2026-0007"));
            waitUntil("case page", () -> robot.lookup("#stage-notice").tryQuery().isPresent());
            Snapshots.write(scene, dir.resolve("03-case-0007.png"));
            fxRun(() -> app.window().view().casePageView().openForm(ActionType.DECIDED));
            waitUntil("form", () -> robot.lookup("#stepFormPanel").tryQuery().isPresent());
            Snapshots.write(scene, dir.resolve("04-decide-form.png"));
            fxRun(() -> robot.lookup("#formScroll").<javafx.scene.control.ScrollPane>query().setVvalue(1));
            Snapshots.write(scene, dir.resolve("05-decide-form-bottom.png"));
            robot.clickOn("#formSubmit");
            waitUntil("refused", () -> robot.lookup("#formViolations").tryQuery().map(Node::isVisible).orElse(false));
            Snapshots.write(scene, dir.resolve("06-decide-refused.png"));
            fxRun(() -> app.window().view().casePageView().openForm(ActionType.EVIDENCE_ADDED));
            Snapshots.write(scene, dir.resolve("07-evidence.png"));
            fxRun(() -> app.window().view().casePageView().closeForm());

            for (String c : new String[] {"BD-2026-0003", "BD-2026-0004", "BD-2025-0003", "BD-2026-0010"}) {
                fxRun(() -> app.window().viewModel().openCase(c));
                waitUntil("case " + c, () -> robot.lookup("#casePageCaseNo").tryQuery()
                        .map(n -> c.equals(((javafx.scene.control.Label) n).getText())).orElse(false));
                Snapshots.write(scene, dir.resolve("08-case-" + c + ".png"));
            }
            fxRun(() -> app.window().view().casePageView().openForm(ActionType.FILE));
            Snapshots.write(scene, dir.resolve("09-file-form.png"));
            fxRun(() -> app.window().view().casePageView().closeForm());
            String[][] forms = {{"BD-2026-0008", "RECORD"}, {"BD-2026-0008", "INVESTIGATION_CONCLUDED"},
                {"BD-2026-0007", "REPRESENTATION_HEARD"}, {"BD-2026-0007", "NOTICE_SERVED"},
                {"BD-2026-0006", "DECISION_SERVED"}, {"BD-2026-0004", "PAYMENT_RECORDED"}, {"BD-2026-0008", "PRESERVATION_ORDERED"}};
            for (String[] f : forms) {
                fxRun(() -> app.window().viewModel().openCase(f[0]));
                waitUntil("case " + f[0], () -> robot.lookup("#casePageCaseNo").tryQuery()
                        .map(n -> f[0].equals(((javafx.scene.control.Label) n).getText())).orElse(false)
                        && !app.window().viewModel().casePage().loadingProperty().get());
                fxRun(() -> app.window().view().casePageView().openForm(ActionType.valueOf(f[1])));
                Snapshots.write(scene, dir.resolve("09-form-" + f[1] + ".png"));
                fxRun(() -> app.window().view().casePageView().closeForm());
            }

            robot.clickOn("#navTasks");
            waitUntil("todo", () -> !app.window().view().todoView().table().getItems().isEmpty());
            Snapshots.write(scene, dir.resolve("10-todo.png"));

            robot.clickOn("#navCases");
            fxRun(() -> app.window().viewModel().showList());
            fxRun(() -> app.window().view().showNewCase());
            waitUntil("wizard", () -> robot.lookup("#newCaseWizard").tryQuery().isPresent());
            Snapshots.write(scene, dir.resolve("11-wizard-1.png"));
            robot.clickOn("#wizardNext");
            Snapshots.write(scene, dir.resolve("12-wizard-1-missing.png"));
            fxRun(() -> {
                ((javafx.scene.control.TextField) robot.lookup("#wizardActPlace").query()).setText("八都镇某村");
                ((javafx.scene.control.TextField) robot.lookup("#wizardCause").query()).setText("某某露天焚烧秸秆案");
            });
            robot.clickOn("#wizardNext");
            robot.clickOn("#wizardMatterFilter").write("焚烧");
            Snapshots.write(scene, dir.resolve("13-wizard-2.png"));
            fxRun(() -> robot.lookup("#wizardMatterList").<javafx.scene.control.ListView<?>>query().getSelectionModel().select(0));
            robot.clickOn("#wizardNext");
            robot.clickOn("#partyIdNumber").write("11010519491231002");
            Snapshots.write(scene, dir.resolve("14-wizard-3-typing.png"));
            robot.write("X");
            Snapshots.write(scene, dir.resolve("15-wizard-3-valid.png"));
            fxRun(() -> {
                ((javafx.scene.control.TextField) robot.lookup("#partyName").query()).setText("陈某某");
                ((javafx.scene.control.TextField) robot.lookup("#partyAddress").query()).setText("八都镇某村12号");
            });
            robot.clickOn("#wizardNext");
            robot.clickOn("#wizardCoHandler");
            Snapshots.write(scene, dir.resolve("16-wizard-4-officers.png"));
            robot.type(javafx.scene.input.KeyCode.ESCAPE);

            fxRun(() -> app.window().viewModel().showList());
            fxRun(() -> app.window().view().showOnSite());
            waitUntil("onsite", () -> robot.lookup("#onSiteScreen").tryQuery().isPresent());
            fxRun(() -> ((javafx.scene.control.TextField) robot.lookup("#onsiteAmount").query()).setText("250"));
            Snapshots.write(scene, dir.resolve("17-onsite.png"));
        }
    }
}
