package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;

/**
 * A whole 普通程序 case from 登记 to 结案 through the GUI, logged in as o02 (季晓东): the 新建案件 wizard, then 立案
 * (approved by o01), 笔录, 调查终结, 告知, 陈述申辩 waived, 决定, 送达, 缴款 and 结案, with explicit dates in March 2026.
 */
class GeneralProcedureFlowTest {
    /** "Today" for the screens: the demo township's present. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;
    private Gui gui;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(TODAY));
        gui = new Gui(robot, app);
        waitUntil("the case list", () -> !app.window().view().caseListView().table().getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** A valid 身份证 number: 龙泉市, born 1978-06-15, male, with its GB 11643 check character. */
    static String idNumber() {
        String first17 = "33118119780615123";
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A matter with a fixed fine and no "逾期不改正" precondition: 露天焚烧秸秆 (DQWR-001, ¥500–2,000). */
    static final String MATTER = "DQWR-001";

    @Test
    void generalProcedureFromRegistrationToClosure() {
        CatalogMatter matter = app.workstation().referenceData().catalog().stream()
                .filter(m -> m.code().equals(MATTER)).findFirst().orElseThrow();
        assertThat(matter.finePrecondition().name()).isEqualTo("NONE");

        // ---- 新建案件: 1 案件来源
        gui.click("#newCaseButton");
        gui.node("#newCaseWizard");
        gui.date("#wizardDiscoveredOn", LocalDate.of(2026, 3, 2));
        gui.date("#wizardActDate", LocalDate.of(2026, 3, 1));
        gui.type("#wizardActPlace", "八都镇八都村西侧农田");
        gui.type("#wizardCause", "林建国露天焚烧秸秆案");
        gui.text("#wizardFacts", "2026年3月1日，林建国在八都镇八都村西侧农田露天焚烧秸秆约4亩，产生大量烟尘。");
        gui.click("#wizardNext");

        // 2 执法事项: typed part of the code narrows the 108 matters
        waitUntil("matter page", () -> robot.lookup("#wizardPageMatter").query().isVisible());
        gui.type("#wizardMatterFilter", "DQWR-00");
        ListView<CatalogMatter> matters = gui.node("#wizardMatterList");
        waitUntil("filtered", () -> matters.getItems().size() < 108 && !matters.getItems().isEmpty());
        assertThat(fx(() -> List.copyOf(matters.getItems()))).allMatch(m -> m.code().startsWith("DQWR-00"));
        fxRun(() -> matters.getItems().stream().filter(m -> m.code().equals(MATTER)).findFirst()
                .ifPresent(m -> matters.getSelectionModel().select(m)));
        assertThat(gui.label("#wizardMatterChosen")).contains(MATTER).contains("第一百一十九条");
        gui.click("#wizardNext");

        // 3 当事人: the 身份证 number is checked as it is typed
        waitUntil("party page", () -> robot.lookup("#wizardPageParty").query().isVisible());
        gui.type("#partyName", "林建国");
        String id = idNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        gui.type("#partyIdNumber", wrong.substring(0, 10));
        waitUntil("live length check", () -> gui.label("#partyIdProblem").contains("18位"));
        gui.type("#partyIdNumber", wrong.substring(10));
        waitUntil("wrong check character", () -> gui.label("#partyIdProblem").contains("校验位错误"));
        assertThat(fx(() -> robot.lookup("#partyIdProblem").query().isVisible())).isTrue();
        gui.text("#partyIdNumber", id);
        waitUntil("valid number", () -> !robot.lookup("#partyIdProblem").query().isVisible());
        assertThat(gui.label("#partyIdSummary")).contains("1978-06-15").contains("男").contains("47 周岁");
        gui.type("#partyAddress", "龙泉市八都镇八都村8号");
        gui.type("#partyPhone", "13800000999");
        gui.click("#wizardNext");

        // 4 承办人员: officers who may not act today are greyed with the reason
        waitUntil("officers page", () -> robot.lookup("#wizardPageOfficers").query().isVisible());
        assertThat(gui.<javafx.scene.control.ComboBox<?>>node("#wizardLeadHandler").getValue()).isNotNull();
        gui.click("#wizardCoHandler");
        waitUntil("officer list popup", () -> robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c
                        && c.getItem() instanceof org.zhifa.workstation.domain.officer.Officer o && o.code().equals("O07")));
        List<ListCell<?>> cells = fx(() -> robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.getItem() instanceof org.zhifa.workstation.domain.officer.Officer).toList());
        ListCell<?> suspended = cells.stream().filter(c -> ((org.zhifa.workstation.domain.officer.Officer) c.getItem())
                .code().equals("O07")).findFirst().orElseThrow();
        assertThat(fx(suspended::isDisabled)).isTrue();
        assertThat(textsUnder(suspended)).contains("暂扣");
        ListCell<?> auxiliary = cells.stream().filter(c -> ((org.zhifa.workstation.domain.officer.Officer) c.getItem())
                .code().equals("O10")).findFirst().orElseThrow();
        assertThat(fx(auxiliary::isDisabled)).isTrue();
        assertThat(textsUnder(auxiliary)).contains("协管员");
        robot.type(KeyCode.ESCAPE);
        gui.officer("#wizardCoHandler", "O03");
        gui.click("#wizardRegister");

        // ---- the case page opens on the new case
        String caseNo = "BD-2026-0011";
        gui.waitForCasePage(caseNo);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.LEAD));
        assertThat(gui.hasStyle("#stage-register", "stage-done")).isTrue();
        assertThat(gui.hasStyle("#stage-file", "stage-current")).isTrue();

        // 立案: the approver is a 负责人 (o01 proposed), the handlers come from the case
        gui.openStep(ActionType.FILE);
        assertThat(gui.<org.zhifa.workstation.ui.widgets.OfficerPicker>node("#field-approvedBy").code()).isEqualTo("O01");
        assertThat(fx(() -> gui.<org.zhifa.workstation.ui.widgets.OfficerPicker>node("#field-approvedBy").getItems()
                .stream().allMatch(o -> o.role() == org.zhifa.workstation.domain.officer.OfficerRole.LEAD))).isTrue();
        assertThat(gui.<org.zhifa.workstation.ui.widgets.OfficerPicker>node("#field-handler2").code()).isEqualTo("O03");
        gui.date("#formDate", LocalDate.of(2026, 3, 3));
        gui.submitAndWaitSaved(ActionType.FILE);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.FILED));
        assertThat(gui.hasStyle("#stage-file", "stage-done")).isTrue();

        // 笔录
        gui.openStep(ActionType.RECORD);
        gui.date("#formDate", LocalDate.of(2026, 3, 4));
        gui.officer("#field-recorder", "O03");
        gui.text("#field-startTime", "09:00");
        gui.text("#field-endTime", "09:45");
        gui.type("#field-place", "八都镇综合行政执法队询问室");
        gui.tick("#field-certificatesShown", true);
        gui.tick("#field-recusalRightExplained", true);
        gui.text("#field-summary", "当事人承认于2026年3月1日在承包田露天焚烧秸秆约4亩。");
        gui.submitAndWaitSaved(ActionType.RECORD);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.INVESTIGATING));

        // 调查终结: a fine of ¥1,000 in the 一般 tier
        gui.openStep(ActionType.INVESTIGATION_CONCLUDED);
        gui.date("#formDate", LocalDate.of(2026, 3, 6));
        gui.tick("#field-penaltyType-FINE", true);
        gui.text("#field-penaltyFine", "1000");
        waitUntil("discretion tier", () -> gui.label("#field-discretionTier").equals("一般"));
        gui.submitAndWaitSaved(ActionType.INVESTIGATION_CONCLUDED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.UNDER_REVIEW));

        // 告知: the proposal comes from the conclusion; below the threshold the hearing right is not pre-ticked
        gui.openStep(ActionType.NOTICE_SERVED);
        assertThat(fx(() -> gui.<javafx.scene.control.TextField>node("#field-penaltyFine").getText())).isEqualTo("1000");
        assertThat(fx(() -> gui.<javafx.scene.control.CheckBox>node("#field-hearingRightGiven").isSelected())).isFalse();
        gui.date("#formDate", LocalDate.of(2026, 3, 9));
        gui.submitAndWaitSaved(ActionType.NOTICE_SERVED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.NOTICED));
        assertThat(gui.hasStyle("#stage-notice", "stage-done")).isTrue();

        // 陈述申辩: waived in writing
        gui.openStep(ActionType.REPRESENTATION_WAIVED);
        gui.date("#formDate", LocalDate.of(2026, 3, 10));
        gui.tick("#field-written", true);
        gui.submitAndWaitSaved(ActionType.REPRESENTATION_WAIVED);

        // 决定: after the 3-working-day window (2026-03-09 + 3 → 03-12); the discretion panel writes the statement
        gui.openStep(ActionType.DECIDED);
        gui.date("#formDate", LocalDate.of(2026, 3, 13));
        assertThat(fx(() -> gui.<javafx.scene.control.TextField>node("#field-penaltyFine").getText())).isEqualTo("1000");
        assertThat(gui.label("#field-discretionRange")).contains("800").contains("1,500");
        assertThat(fx(() -> gui.<javafx.scene.control.TextArea>node("#field-discretionStatement").getText()))
                .contains("裁量基准").contains("1000");
        gui.submitAndWaitSaved(ActionType.DECIDED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.DECIDED));

        // 送达
        gui.openStep(ActionType.DECISION_SERVED);
        gui.date("#formDate", LocalDate.of(2026, 3, 13));
        assertThat(fx(() -> gui.<javafx.scene.control.TextField>node("#field-recipient").getText())).isEqualTo("林建国");
        gui.submitAndWaitSaved(ActionType.DECISION_SERVED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.SERVED));

        // 缴款: the whole fine at the bank
        gui.openStep(ActionType.PAYMENT_RECORDED);
        gui.date("#formDate", LocalDate.of(2026, 3, 20));
        assertThat(fx(() -> gui.<javafx.scene.control.TextField>node("#field-amount").getText())).isEqualTo("1000");
        gui.text("#field-receiptNumber", "ZJ2026-000318");
        gui.submitAndWaitSaved(ActionType.PAYMENT_RECORDED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.EXECUTED));

        // 结案, approved by the 负责人
        gui.openStep(ActionType.CLOSED);
        gui.date("#formDate", LocalDate.of(2026, 3, 23));
        assertThat(gui.<org.zhifa.workstation.ui.widgets.OfficerPicker>node("#field-approvedBy").code()).isEqualTo("O01");
        gui.text("#field-summary", "罚款已全部缴纳，执行完毕。");
        gui.submitAndWaitSaved(ActionType.CLOSED);
        assertThat(gui.state()).isEqualTo(Texts.label(CaseState.CLOSED));

        // the stepper: every stage up to 结案 done, 归档 next
        for (String stage : List.of("register", "file", "investigate", "review", "notice", "decide", "serve", "execute", "close")) {
            assertThat(gui.hasStyle("#stage-" + stage, "stage-done")).as(stage).isTrue();
        }
        assertThat(gui.hasStyle("#stage-archive", "stage-current")).isTrue();

        // the history as stored: every step by o02 through the GUI
        CaseRecord stored = app.workstation().cases().find(caseNo).orElseThrow();
        assertThat(stored.state()).isEqualTo(CaseState.CLOSED);
        assertThat(stored.actions()).extracting(a -> a.type()).containsExactly(ActionType.REGISTER, ActionType.FILE,
                ActionType.RECORD, ActionType.INVESTIGATION_CONCLUDED, ActionType.NOTICE_SERVED,
                ActionType.REPRESENTATION_WAIVED, ActionType.DECIDED, ActionType.DECISION_SERVED,
                ActionType.PAYMENT_RECORDED, ActionType.CLOSED);
        assertThat(stored.actions()).allMatch(a -> "O02".equals(a.actor()));
        assertThat(stored.party().idNumber()).isEqualTo(id);

        // back to the list: the case shows as 已结案
        gui.click("#casePageBack");
        TableView<CaseSummary> table = gui.node("#caseTable");
        waitUntil("list with the new case closed", () -> table.getItems().stream()
                .anyMatch(r -> r.caseNo().equals(caseNo) && r.state() == CaseState.CLOSED));
        FxTest.cellShowing(robot, "#caseTable", caseNo);
        Node stateCell = FxTest.cellShowing(robot, "#caseTable", caseNo);
        assertThat(stateCell).isNotNull();
        assertThat(fx(() -> robot.lookup("#caseTable .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof CaseSummary s
                        && s.caseNo().equals(caseNo))
                .anyMatch(r -> textsUnder(r).contains(Texts.label(CaseState.CLOSED))))).isTrue();
        assertThat(app.workstation().cases().count(CaseQuery.all())).as("the 20 demo cases and the new one").isEqualTo(21);
    }

    /** Every label text under a node. */
    static String textsUnder(Node root) {
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            collect(root, sb);
            return sb.toString();
        });
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.control.Labeled l && l.getGraphic() != null) {
            collect(l.getGraphic(), sb);
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, sb);
            }
        }
    }
}
