package org.zhifa.workstation.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.UiFonts;
import org.zhifa.workstation.ui.cases.StateFilter;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.FxTest;

/** The real main window, headless, over the demo township. */
class MainWindowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02");
        waitUntil("the case list is loaded", () -> table().getItems().size() >= 12);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseSummary> table() {
        return (TableView<CaseSummary>) robot.lookup("#caseTable").<TableView<?>>query();
    }

    private List<CaseSummary> rows() {
        return fx(() -> List.copyOf(table().getItems()));
    }

    private String detailTexts() {
        return fx(() -> robot.from(robot.lookup("#caseDetailPane").<Node>query()).lookup((Node n) -> n instanceof Label)
                .<Label>queryAll().stream().filter(Node::isVisible).map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b));
    }

    @Test
    void opensWithTitleFontAndTheCaseListWithChineseNames() {
        Stage stage = app.window().stage();
        assertThat(fx(stage::getTitle)).isEqualTo("执法工作站");
        assertThat(fx(stage::getWidth)).isEqualTo(MainWindow.DEFAULT_WIDTH);
        assertThat(Font.getFamilies()).contains(UiFonts.FAMILY);

        int total = app.workstation().cases().count(CaseQuery.all());
        assertThat(rows()).hasSize(total);
        // the cells on screen show Chinese party names (once the table has drawn its rows)
        waitUntil("cells drawn", () -> robot.lookup("#caseTable .table-cell").<TableCell<?, ?>>queryAll().stream()
                .anyMatch(c -> DemoData.isChinese(c.getText())));
        List<String> cellTexts = fx(() -> robot.lookup("#caseTable .table-cell").<TableCell<?, ?>>queryAll().stream()
                .map(TableCell::getText).filter(t -> t != null).toList());
        assertThat(cellTexts).anyMatch(DemoData::isChinese);
        assertThat(rows()).anyMatch(r -> DemoData.isChinese(r.partyName()));

        assertThat(fx(() -> robot.lookup("#caseDetailEmpty").query().isVisible())).isTrue();
        assertThat(detailTexts()).contains("请在左侧列表中选择案件");
        waitUntil("status bar counts", () -> robot.lookup("#statusCaseCount").queryLabeled().getText()
                .equals(Texts.tr("ui.status.cases", total, total)));
        assertThat(fx(() -> robot.lookup("#statusDataDir").queryLabeled().getText()))
                .contains(dataDir.toAbsolutePath().normalize().toString());
    }

    @Test
    void typingAKeywordNarrowsTheRowsAndClickingARowShowsTheCase() {
        CaseSummary target = DemoData.caseWithDistinctParty(app.workstation());
        List<CaseSummary> expected = app.workstation().cases().list(CaseQuery.all().withKeyword(target.partyName()));
        assertThat(expected.size()).isLessThan(rows().size());

        robot.clickOn("#caseSearchField").write(target.partyName());
        assertThat(fx(() -> ((TextField) robot.lookup("#caseSearchField").query()).getText())).isEqualTo(target.partyName());
        // Enter searches at once: no refresh of a partly typed keyword can arrive after this one
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("rows narrowed to " + target.partyName(), () -> table().getItems().size() == expected.size()
                && !app.window().viewModel().cases().loadingProperty().get());
        assertThat(rows()).extracting(CaseSummary::caseNo)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(CaseSummary::caseNo).toList());
        assertThat(rows()).allMatch(r -> DemoData.matches(r, target.partyName()));

        // click the row of the target case (on its case-number cell)
        fxRun(() -> table().getItems().stream().filter(r -> r.caseNo().equals(target.caseNo())).findFirst()
                .ifPresent(r -> table().scrollTo(r)));
        Node cell = FxTest.cellShowing(robot, "#caseTable", target.caseNo());
        robot.clickOn(cell);
        waitUntil("detail shows " + target.caseNo(), () -> robot.lookup("#detailCaseNo").tryQuery()
                .map(n -> ((Label) n).getText().equals(target.caseNo()) && n.isVisible()).orElse(false));
        String detail = detailTexts();
        assertThat(detail).contains(target.caseNo()).contains(target.partyName());
        assertThat(fx(() -> robot.lookup("#detailPartyName").queryLabeled().getText())).isEqualTo(target.partyName());
        for (String section : List.of("基本信息", "当事人", "执法事项", "承办人员", "办案经过", "证据")) {
            assertThat(detail).contains(section);
        }

        // clearing the search brings every case back and keeps the selected case
        fxRun(() -> ((TextField) robot.lookup("#caseSearchField").query()).clear());
        int total = app.workstation().cases().count(CaseQuery.all());
        waitUntil("all rows back", () -> table().getItems().size() == total);
        assertThat(fx(() -> table().getSelectionModel().getSelectedItem().caseNo())).isEqualTo(target.caseNo());
        assertThat(fx(() -> robot.lookup("#detailCaseNo").queryLabeled().getText())).isEqualTo(target.caseNo());
    }

    @Test
    void stateFilterShowsOnlyCasesInThatState() {
        List<CaseSummary> all = rows();
        CaseState state = all.stream().map(CaseSummary::state)
                .filter(s -> all.stream().filter(r -> r.state() == s).count() < all.size())
                .findFirst().orElseThrow();
        long expected = all.stream().filter(r -> r.state() == state).count();
        String label = Texts.label(state);

        robot.clickOn("#caseStateFilter");
        Node item = fx(() -> robot.lookup(".combo-box-popup .list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> label.equals(c.getText())).findFirst().orElseThrow());
        robot.clickOn(item);

        waitUntil("rows filtered to " + label, () -> table().getItems().size() == expected
                && table().getItems().stream().allMatch(r -> r.state() == state));
        @SuppressWarnings("unchecked")
        ComboBox<StateFilter> combo = (ComboBox<StateFilter>) robot.lookup("#caseStateFilter").query();
        assertThat(fx(combo::getValue)).isEqualTo(StateFilter.of(state));

        fxRun(() -> combo.setValue(StateFilter.ALL));
        waitUntil("all rows back", () -> table().getItems().size() == all.size());
    }

    @Test
    void otherSectionsSayHonestlyThatTheyComeLater() {
        for (String nav : List.of("#navSettings")) {
            robot.clickOn(nav);
            waitUntil(nav + " page", () -> robot.lookup("#placeholderLater").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(fx(() -> robot.lookup("#placeholderLater").queryLabeled().getText())).contains("后续版本");
            assertThat(fx(() -> robot.lookup("#caseTable").tryQuery().isPresent())).isFalse();
            assertThat(fx(() -> ((ToggleButton) robot.lookup(nav).query()).isSelected())).isTrue();
        }
        // 交换 is built: its page with the tabs the user's roles use, no placeholder
        robot.clickOn("#navExchange");
        waitUntil("交换 page", () -> robot.lookup("#exchangeTabs").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#placeholderLater").tryQuery().isPresent())).isFalse();
        assertThat(fx(() -> robot.lookup("#exchangeTabs").<javafx.scene.control.TabPane>query().getTabs().stream()
                .map(javafx.scene.control.Tab::getText).toList())).containsExactly("报送记录", "密钥");

        // 统计 is built: its tabs, no placeholder
        robot.clickOn("#navStats");
        waitUntil("统计 page", () -> robot.lookup("#statsTabs").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#placeholderLater").tryQuery().isPresent())).isFalse();
        // 待办 is built: its table, no placeholder
        robot.clickOn("#navTasks");
        waitUntil("待办 page", () -> robot.lookup("#todoTable").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#placeholderLater").tryQuery().isPresent())).isFalse();
        robot.clickOn("#navCases");
        waitUntil("case page back", () -> robot.lookup("#caseTable").tryQuery().isPresent());
        // clicking the open page's button again keeps it open
        robot.clickOn("#navCases");
        assertThat(fx(() -> ((ToggleButton) robot.lookup("#navCases").query()).isSelected())).isTrue();
        assertThat(fx(() -> Set.of(((ToggleButton) robot.lookup("#navTasks").query()).isSelected()))).containsOnly(false);
    }

    @Test
    void statusBarShowsWhoIsLoggedInAndLogoutReturnsToTheLogin() {
        waitUntil("user in the status bar", () -> robot.lookup("#statusUser").queryLabeled().getText().contains("季晓东"));
        assertThat(fx(() -> robot.lookup("#statusUser").queryLabeled().getText())).contains("o02").contains("执法队员");
        robot.clickOn("#logoutButton");
        waitUntil("login screen again", () -> robot.lookup("#loginUsername").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> app.application().window())).isNull();
    }
}
