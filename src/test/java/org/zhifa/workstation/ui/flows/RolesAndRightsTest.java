package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/**
 * Who may do what: the 法制审核意见 is the county reviewer's (o12), not an officer's; the 告知书 gives the hearing
 * right when the proposal reaches the threshold.
 */
class RolesAndRightsTest {
    private static final LocalDate TODAY = GeneralProcedureFlowTest.TODAY;
    /** 法制审核中, submitted for review, with a large proposed fine (河道采砂). */
    private static final String UNDER_REVIEW = "BD-2026-0003";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;
    private Gui gui;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(TODAY));
        gui = new Gui(robot, app);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theReviewOpinionIsForTheReviewerAndTheNoticeGivesTheHearingRight() {
        fxRun(() -> app.window().viewModel().openCase(UNDER_REVIEW));
        gui.waitForCasePage(UNDER_REVIEW);
        // an officer sees the reviewer's step but cannot open it
        Button opinion = gui.node("#stepButton-REVIEW_OPINION");
        assertThat(fx(opinion::isDisabled)).isTrue();
        assertThat(GeneralProcedureFlowTest.textsUnder(gui.node("#step-REVIEW_OPINION"))).contains("法制审核员");

        // the proposed fine reaches the hearing threshold: the right is pre-ticked in the 告知书
        gui.openStep(ActionType.NOTICE_SERVED);
        assertThat(fx(() -> ((CheckBox) robot.lookup("#field-hearingRightGiven").query()).isSelected())).isTrue();
        assertThat(gui.label("#field-hearingHint")).contains("听证");
        gui.click("#formCancel");

        // the county reviewer logs in and records 同意
        gui.click("#logoutButton");
        FxTest.logIn(robot, app, "o12", FxTest.DEMO_PASSWORD);
        waitUntil("main window for o12", () -> app.application().window() != null);
        waitUntil("user o12", () -> gui.label("#statusUser").contains("金文涛"));
        fxRun(() -> app.window().viewModel().openCase(UNDER_REVIEW));
        gui.waitForCasePage(UNDER_REVIEW);
        Button reviewerButton = gui.node("#stepButton-REVIEW_OPINION");
        assertThat(fx(reviewerButton::isDisabled)).isFalse();
        gui.openStep(ActionType.REVIEW_OPINION);
        assertThat(gui.<OfficerPicker>node("#field-reviewer").code()).isEqualTo("O12");
        @SuppressWarnings("unchecked")
        ComboBox<ReviewConclusion> conclusion = (ComboBox<ReviewConclusion>) gui.node("#field-conclusion");
        fxRun(() -> conclusion.setValue(ReviewConclusion.APPROVE));
        gui.date("#formDate", TODAY);
        gui.text("#field-legalBasis", "《中华人民共和国行政处罚法》第五十八条");
        gui.submitAndWaitSaved(ActionType.REVIEW_OPINION);
        RecordReviewOpinion stored = app.workstation().cases().find(UNDER_REVIEW).orElseThrow()
                .last(RecordReviewOpinion.class).orElseThrow();
        assertThat(stored.actor()).isEqualTo("O12");
        assertThat(stored.reviewer()).isEqualTo("O12");
        assertThat(stored.conclusion()).isEqualTo(ReviewConclusion.APPROVE);
    }
}
