package org.zhifa.workstation.ui.forms;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.OfficerChecklist;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/**
 * The generic form for the steps without a form of their own: one field per component of the action record
 * (after the date and the actor), by type — text, tick box, number, date, a choice for enums, officers for the
 * officer fields. Clearly labelled as the generic form on screen.
 */
final class GenericForm extends StepForm {
    private final ActionType type;
    private final List<Field> fields = new ArrayList<>();

    /** One component: its name, label, the control and how to read it. */
    private record Field(String name, String label, Node control, Supplier<Object> reader, boolean required) {
    }

    GenericForm(FormContext ctx, ActionType type) {
        super(ctx);
        this.type = type;
        RecordComponent[] components = type.actionClass().getRecordComponents();
        for (RecordComponent rc : components) {
            String name = rc.getName();
            if (name.equals("date") || name.equals("actor")) {
                continue;
            }
            fields.add(field(rc));
        }
        if (fields.isEmpty()) {
            sheet.full(Controls.hint(Texts.tr("ui.form.genericNoFields")));
        }
        for (Field f : fields) {
            if (f.required()) {
                sheet.required(f.label(), f.control());
            } else {
                sheet.row(f.label(), f.control());
            }
        }
    }

    private Field field(RecordComponent rc) {
        String name = rc.getName();
        Class<?> t = rc.getType();
        String label = label(name);
        String id = "field-" + name;
        if (t == boolean.class || t == Boolean.class) {
            CheckBox box = Controls.check(id, label);
            return new Field(name, "", box, box::isSelected, false);
        }
        if (t == int.class || t == Integer.class) {
            TextField f = Controls.money(id, null);
            return new Field(name, label, f, () -> {
                BigDecimal n = Controls.amountOf(f);
                return n == null ? 0 : n.intValue();
            }, true);
        }
        if (t == BigDecimal.class) {
            TextField f = Controls.money(id, Texts.tr("ui.form.yuanPrompt"));
            return new Field(name, label, f, () -> Controls.amountOf(f), false);
        }
        if (t == LocalDate.class) {
            DatePicker p = Controls.date(id, null);
            return new Field(name, label, p, () -> Controls.dateOf(p), true);
        }
        if (t.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<Enum<?>> values = (List) Arrays.asList(t.getEnumConstants());
            ComboBox<Enum<?>> c = Controls.choice(id, values, Texts::label);
            return new Field(name, label, c, c::getValue, true);
        }
        if (t == List.class && rc.getGenericType() instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] == String.class && name.equals("officers")) {
            OfficerChecklist list = new OfficerChecklist(id, ctx.team(), ctx.today(), true);
            list.select(ctx.handlers());
            return new Field(name, label, list, list::selected, true);
        }
        if (t == String.class && (name.equals("approvedBy") || name.equals("decidedBy"))) {
            OfficerPicker p = InvestigationForms.approver(ctx, id);
            return new Field(name, label, p, p::code, true);
        }
        if (t == String.class && name.equals("officer")) {
            OfficerPicker p = new OfficerPicker(id, ctx.team(), ctx.today(), false);
            return new Field(name, label, p, p::code, true);
        }
        if (t == String.class) {
            boolean longText = name.equals("reason") || name.equals("items") || name.equals("disposal");
            javafx.scene.control.TextInputControl f = longText ? Controls.area(id, null, 2) : Controls.text(id, null);
            return new Field(name, label, f, () -> value(f), false);
        }
        TextField f = Controls.text(id, null);
        f.setDisable(true);
        return new Field(name, label, f, () -> null, false);
    }

    /** The label of a component, by its name. */
    static String label(String name) {
        return switch (name) {
            case "approvedBy" -> Texts.tr("ui.field.approvedBy");
            case "decidedBy" -> Texts.tr("ui.field.decidedBy");
            case "officer" -> Texts.tr("ui.field.officer");
            case "officers" -> Texts.tr("ui.field.officers");
            case "applicant" -> Texts.tr("ui.field.applicant");
            case "reason" -> Texts.tr("ui.field.reason");
            case "granted" -> Texts.tr("ui.field.granted");
            case "items" -> Texts.tr("ui.field.items");
            case "disposal" -> Texts.tr("ui.field.disposal");
            case "emergency" -> Texts.tr("ui.field.emergency");
            case "recordingSha256" -> Texts.tr("ui.field.recordingSha256");
            case "days" -> Texts.tr("ui.field.days");
            case "legalBasis" -> Texts.tr("ui.field.legalBasis");
            case "from" -> Texts.tr("ui.field.from");
            case "to" -> Texts.tr("ui.field.to");
            case "kind" -> Texts.tr("ui.field.challengeKind");
            case "result" -> Texts.tr("ui.field.challengeResult");
            case "copyReceivedOn" -> Texts.tr("ui.field.copyReceivedOn");
            case "stayOrdered" -> Texts.tr("ui.field.stayOrdered");
            case "court" -> Texts.tr("ui.field.court");
            case "correctionDeadline" -> Texts.tr("ui.field.correctionDeadline");
            case "corrected" -> Texts.tr("ui.field.corrected");
            case "target" -> Texts.tr("ui.field.target");
            case "recipient" -> Texts.tr("ui.field.recipient");
            case "summary" -> Texts.tr("ui.field.summary");
            case "archiveNumber" -> Texts.tr("ui.field.archiveNumber");
            default -> name;
        };
    }

    @Override
    public ActionType type() {
        return type;
    }

    @Override
    public boolean generic() {
        return true;
    }

    @Override
    public List<String> problems() {
        List<String> p = list();
        for (Field f : fields) {
            if (f.required()) {
                Object v = f.reader().get();
                need(p, v != null && !(v instanceof List<?> l && l.isEmpty()), f.label());
            }
        }
        return p;
    }

    @Override
    public ActionDraft draft(LocalDate date, String actor) {
        List<Object> values = new ArrayList<>();
        values.add(date);
        values.add(actor);
        for (Field f : fields) {
            values.add(f.reader().get());
        }
        Class<? extends CaseAction> cls = type.actionClass();
        return () -> {
            RecordComponent[] rc = cls.getRecordComponents();
            Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<? extends CaseAction> ctor = cls.getDeclaredConstructor(types);
            return List.of(ctor.newInstance(values.toArray()));
        };
    }
}
