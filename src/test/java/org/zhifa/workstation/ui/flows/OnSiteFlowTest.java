package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.PdfText;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.support.CaseFixtures;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.support.RecordingPrinter;

/** 当场处罚 on one screen: ¥50 for a person, collected on site against a 财政 receipt; then 打印决定书. */
class OnSiteFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final RecordingPrinter printer = new RecordingPrinter();
    private FxTest.Started app;
    private Gui gui;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(GeneralProcedureFlowTest.TODAY), printer);
        gui = new Gui(robot, app);
        waitUntil("the case list", () -> !app.window().view().caseListView().table().getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void onSiteFineCollectedWithAReceipt() {
        gui.click("#onSiteButton");
        gui.node("#onSiteScreen");

        gui.type("#onsitePartyName", "王小明");
        gui.type("#onsitePartyIdNumber", CaseFixtures.id("33118119900101001"));
        waitUntil("valid id", () -> !gui.label("#onsitePartyIdSummary").isEmpty());
        gui.type("#onsitePartyAddress", "龙泉市八都镇新街12号");
        gui.type("#onsiteMatterFilter", "乱扔");
        ListView<CatalogMatter> matters = gui.node("#onsiteMatterList");
        waitUntil("filtered", () -> matters.getItems().stream().anyMatch(m -> m.code().equals("SRHW-014")));
        fxRun(() -> matters.getItems().stream().filter(m -> m.code().equals("SRHW-014")).findFirst()
                .ifPresent(m -> matters.getSelectionModel().select(m)));

        gui.date("#onsiteDate", LocalDate.of(2026, 11, 20));
        gui.type("#onsitePlace", "八都镇新街菜场门口");
        assertThat(gui.<org.zhifa.workstation.ui.widgets.OfficerPicker>node("#onsiteOfficer1").code()).isEqualTo("O02");
        gui.officer("#onsiteOfficer2", "O03");

        // Art 51 limit shown live: ¥250 is too much for a person, and 当场收缴 is not offered
        assertThat(gui.label("#onsiteLimit")).contains("200");
        gui.type("#onsiteAmount", "250");
        waitUntil("over the limit", () -> gui.label("#onsiteLimitProblem").contains("超过"));
        assertThat(fx(() -> ((CheckBox) robot.lookup("#onsiteCollect").query()).isDisabled())).isTrue();
        gui.text("#onsiteAmount", "");
        gui.type("#onsiteAmount", "50");
        waitUntil("limit fine", () -> !robot.lookup("#onsiteLimitProblem").query().isVisible());
        waitUntil("collection offered", () -> !((CheckBox) robot.lookup("#onsiteCollect").query()).isDisabled());
        gui.tick("#onsiteCollect", true);
        gui.type("#onsiteReceipt", "ZJCZ-2026-004512");
        gui.type("#onsiteSerial", "八都当罚〔2026〕0088");
        gui.tick("#onsiteCertificatesShown", true);
        gui.tick("#onsitePartyHeard", true);
        gui.click("#onsiteSubmit");

        // registered and decided in one go: the case page opens
        waitUntil("case page", () -> robot.lookup("#casePageCaseNo").tryQuery().map(n -> n.isVisible()).orElse(false)
                && robot.lookup("#stage-onsite").tryQuery().isPresent());
        String caseNo = gui.label("#casePageCaseNo");
        gui.waitForCasePage(caseNo);
        assertThat(gui.state()).isIn(Texts.label(CaseState.EXECUTED), Texts.label(CaseState.SERVED));
        assertThat(gui.hasStyle("#stage-onsite", "stage-done")).isTrue();
        assertThat(gui.label("#casePageSavedText")).contains(Texts.label(ActionType.ON_SITE_DECIDED));

        CaseRecord stored = app.workstation().cases().find(caseNo).orElseThrow();
        assertThat(stored.procedure()).isEqualTo(ProcedureKind.SUMMARY);
        assertThat(stored.state()).isIn(CaseState.EXECUTED, CaseState.SERVED);
        assertThat(stored.actions()).extracting(a -> a.type()).containsExactly(ActionType.REGISTER, ActionType.ON_SITE_DECIDED);
        DecideOnSite decision = stored.last(DecideOnSite.class).orElseThrow();
        assertThat(decision.collectedOnSite()).isTrue();
        assertThat(decision.receiptNumber()).isEqualTo("ZJCZ-2026-004512");
        assertThat(decision.penalty().fine()).isEqualByComparingTo("50");
        assertThat(decision.officers()).isEqualTo(List.of("O02", "O03"));
        assertThat(stored.party().name()).isEqualTo("王小明");

        // one click prints the 当场行政处罚决定书 (system print dialog, no preview)
        gui.click("#printOnSiteDecision");
        waitUntil("the decision printed", () -> printer.jobs().size() == 1);
        RecordingPrinter.Job job = printer.jobs().getFirst();
        assertThat(job.name()).contains(caseNo, DocumentType.ON_SITE_DECISION.title());
        assertThat(PdfText.all(job.pdf())).contains("王小明", "八都当罚〔2026〕0088");
        assertThat(job.pages()).isEqualTo(PdfText.pages(job.pdf()).size());
    }
}
