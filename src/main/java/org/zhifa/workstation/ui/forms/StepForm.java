package org.zhifa.workstation.ui.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.FormSheet;
import org.zhifa.workstation.ui.widgets.OfficerChecklist;

/**
 * The form of one step, built from its action record: the fields (ids {@code field-…}), what is missing before it
 * can be sent, and the action it gives. The date and the actor are the host's ({@link FormPanel}).
 */
public abstract class StepForm {
    protected final FormContext ctx;
    protected final FormSheet sheet = new FormSheet();

    protected StepForm(FormContext ctx) {
        this.ctx = ctx;
        sheet.setId("stepFormSheet");
    }

    public abstract ActionType type();

    /** The fields. */
    public Node content() {
        return sheet;
    }

    /** A line above the form (who fills it, what it records); null for none. */
    public String note() {
        return null;
    }

    /** False when the logged-in user may not submit this form (e.g. the reviewer's opinion for an officer). */
    public boolean submittable() {
        return true;
    }

    /** True for the generic form built from the action record's fields. */
    public boolean generic() {
        return false;
    }

    /** What must be filled in before the form can be sent, as short Chinese lines. */
    public List<String> problems() {
        return List.of();
    }

    /** The action(s) for these values. Called on the FX thread; the draft runs in the background. */
    public abstract ActionDraft draft(LocalDate date, String actor);

    // helpers for the subclasses

    protected static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    protected static String value(TextInputControl field) {
        return blank(field.getText()) ? null : field.getText().strip();
    }

    protected static void need(List<String> problems, boolean ok, String label) {
        if (!ok) {
            problems.add(Texts.tr("ui.form.missing", label));
        }
    }

    protected static void needText(List<String> problems, TextInputControl field, String label) {
        need(problems, !blank(field.getText()), label);
    }

    protected static void needChoice(List<String> problems, ComboBox<?> combo, String label) {
        need(problems, combo.getValue() != null, label);
    }

    protected static void needOfficers(List<String> problems, OfficerChecklist list, int min, String label) {
        if (list.selected().size() < min) {
            problems.add(Texts.tr("ui.form.needOfficers", label, min));
        }
    }

    protected static List<String> list() {
        return new ArrayList<>();
    }
}
