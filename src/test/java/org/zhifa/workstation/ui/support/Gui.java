package org.zhifa.workstation.ui.support;

import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.casepage.CasePageView;
import org.zhifa.workstation.ui.forms.FormPanel;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/** Small steps a test takes on the real window: fill a field, open a step's form, submit it. */
public final class Gui {
    private final FxRobot robot;
    private final FxTest.Started app;

    public Gui(FxRobot robot, FxTest.Started app) {
        this.robot = robot;
        this.app = app;
    }

    public <T extends Node> T node(String query) {
        waitUntil(query, () -> robot.lookup(query).tryQuery().isPresent());
        return fx(() -> robot.lookup(query).<T>query());
    }

    /** Sets the text of a field as if typed (the whole value at once). */
    public void text(String query, String value) {
        TextInputControl field = node(query);
        fxRun(() -> field.setText(value));
    }

    /** Clicks into the field and types the text key by key. */
    public void type(String query, String value) {
        Node field = node(query);
        FxTest.scrollIntoView(field);
        robot.clickOn(field).write(value);
    }

    public void date(String query, LocalDate value) {
        DatePicker picker = node(query);
        fxRun(() -> picker.setValue(value));
    }

    /** Ticks (or unticks) a box by clicking it when it is not as wanted. */
    public void tick(String query, boolean wanted) {
        CheckBox box = node(query);
        if (fx(box::isSelected) != wanted) {
            FxTest.scrollIntoView(box);
            robot.clickOn(box);
        }
        waitUntil(query + " ticked " + wanted, () -> box.isSelected() == wanted);
    }

    public void officer(String query, String code) {
        OfficerPicker picker = node(query);
        fxRun(() -> picker.selectCode(code));
    }

    public void click(String query) {
        waitUntil(query + " laid out", () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible() && n.getLayoutBounds().getWidth() > 0).orElse(false));
        Node n = fx(() -> robot.lookup(query).query());
        FxTest.scrollIntoView(n);
        robot.clickOn(n);
    }

    public String label(String query) {
        Label l = node(query);
        return fx(l::getText);
    }

    public CasePageView casePage() {
        return fx(() -> app.window().view().casePageView());
    }

    /** Waits for the case page of this case with its stepper. */
    public void waitForCasePage(String caseNo) {
        waitUntil("case page of " + caseNo, () -> robot.lookup("#casePageCaseNo").tryQuery()
                .map(n -> n.isVisible() && caseNo.equals(((Label) n).getText())).orElse(false)
                && robot.lookup("#stageStepper").tryQuery().isPresent()
                && !app.window().viewModel().casePage().loadingProperty().get());
    }

    /** Clicks the step's button in 下一步 and waits for its form. */
    public FormPanel openStep(ActionType type) {
        click("#stepButton-" + type.name());
        waitUntil("form of " + type, () -> casePage().formPanel() != null
                && casePage().formPanel().getProperties().get("actionType") == type);
        return casePage().formPanel();
    }

    /** Presses 提交 and waits until the step is stored (the panel closes and the page says 已保存). */
    public void submitAndWaitSaved(ActionType type) {
        FormPanel panel = casePage().formPanel();
        click("#formSubmit");
        String expected = Texts.label(type);
        try {
            waitUntil(type + " saved", () -> casePage().formPanel() == null
                    && robot.lookup("#casePageSavedText").tryQuery()
                        .map(n -> n.isVisible() && ((Label) n).getText().contains(expected)).orElse(false)
                    && !app.window().viewModel().casePage().loadingProperty().get());
        } catch (AssertionError e) {
            String shown = panel == null ? "" : fx(() -> panel.violations().allText()
                    + panel.problems().allText());
            throw new AssertionError(type + " was not saved; the form shows:\n" + shown, e);
        }
    }

    /** The text of the case page's state badge. */
    public String state() {
        return label("#casePageState");
    }

    public boolean hasStyle(String query, String styleClass) {
        Node n = node(query);
        return fx(() -> n.getStyleClass().contains(styleClass));
    }
}
