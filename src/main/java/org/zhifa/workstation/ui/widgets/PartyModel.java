package org.zhifa.workstation.ui.widgets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;
import org.zhifa.workstation.domain.party.CreditCode;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.MinorStatus;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The party (当事人) being entered: a person with a 身份证 number (checked as it is typed, GB 11643, R34) or an
 * organisation with a 统一社会信用代码 (GB 32100, R35). Plain properties, no toolkit thread needed.
 */
public final class PartyModel {
    private final Supplier<LocalDate> today;
    private final ObjectProperty<PartyKind> kind = new SimpleObjectProperty<>(this, "kind", PartyKind.INDIVIDUAL);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty idNumber = new SimpleStringProperty(this, "idNumber", "");
    private final StringProperty creditCode = new SimpleStringProperty(this, "creditCode", "");
    private final StringProperty legalRepresentative = new SimpleStringProperty(this, "legalRepresentative", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty serviceAddress = new SimpleStringProperty(this, "serviceAddress", "");
    private final BooleanProperty serviceSameAsAddress = new SimpleBooleanProperty(this, "serviceSameAsAddress", true);
    /** The day the age is computed for: the act date when known. */
    private final ObjectProperty<LocalDate> ageOn = new SimpleObjectProperty<>(this, "ageOn");

    private final StringProperty idProblem = new SimpleStringProperty(this, "idProblem", "");
    private final StringProperty idSummary = new SimpleStringProperty(this, "idSummary", "");
    private final StringProperty minorNote = new SimpleStringProperty(this, "minorNote", "");
    private final ObjectProperty<IdNumber> validId = new SimpleObjectProperty<>(this, "validId");
    private final StringProperty creditProblem = new SimpleStringProperty(this, "creditProblem", "");

    public PartyModel(Supplier<LocalDate> today) {
        this.today = Objects.requireNonNull(today);
        idNumber.addListener(this::checkId);
        ageOn.addListener(this::checkId);
        creditCode.addListener(this::checkCredit);
    }

    private void checkId(Observable ignored) {
        String raw = idNumber.get() == null ? "" : idNumber.get().strip();
        if (raw.isEmpty()) {
            validId.set(null);
            idProblem.set("");
            idSummary.set("");
            minorNote.set("");
            return;
        }
        ValidationResult<IdNumber> check = IdNumber.validate(raw, today.get());
        IdNumber id = check.value().orElse(null);
        validId.set(id);
        idProblem.set(check.reason().orElse(""));
        if (id == null) {
            idSummary.set("");
            minorNote.set("");
            return;
        }
        LocalDate on = ageOn.get() == null || ageOn.get().isBefore(id.birthDate()) ? today.get() : ageOn.get();
        int age = id.ageAt(on);
        idSummary.set(Texts.tr("ui.party.idSummary", id.birthDate().toString(), id.gender().label(), age));
        MinorStatus status = id.minorStatusAt(on);
        minorNote.set(switch (status) {
            case UNDER_14 -> Texts.tr("ui.party.minorUnder14");
            case FROM_14_TO_18 -> Texts.tr("ui.party.minor14To18");
            case ADULT -> "";
        });
    }

    private void checkCredit(Observable ignored) {
        String raw = creditCode.get() == null ? "" : creditCode.get().strip();
        creditProblem.set(raw.isEmpty() ? "" : CreditCode.validate(raw).reason().orElse(""));
    }

    /** What is still missing or wrong, as short Chinese lines; empty when the party can be registered. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        boolean person = kind.get() == PartyKind.INDIVIDUAL;
        if (blank(name.get())) {
            p.add(person ? Texts.tr("ui.party.missing.personName") : Texts.tr("ui.party.missing.orgName"));
        }
        if (person) {
            if (blank(idNumber.get())) {
                p.add(Texts.tr("ui.party.missing.idNumber"));
            } else if (validId.get() == null) {
                p.add(idProblem.get());
            }
        } else if (blank(creditCode.get())) {
            p.add(Texts.tr("ui.party.missing.creditCode"));
        } else if (!creditProblem.get().isEmpty()) {
            p.add(creditProblem.get());
        }
        if (blank(address.get())) {
            p.add(Texts.tr("ui.party.missing.address"));
        }
        return p;
    }

    /** The party as the case JSON carries it. */
    public PartyDocument toDocument() {
        boolean person = kind.get() == PartyKind.INDIVIDUAL;
        IdNumber id = person ? validId.get() : null;
        String addr = strip(address.get());
        String service = serviceSameAsAddress.get() || blank(serviceAddress.get()) ? addr : strip(serviceAddress.get());
        return new PartyDocument(kind.get(), strip(name.get()),
                person ? strip(idNumber.get()) : null,
                person ? null : strip(creditCode.get()),
                id == null ? null : id.gender().label(),
                id == null ? null : id.birthDate(),
                person ? null : strip(legalRepresentative.get()),
                strip(phone.get()), addr, service);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    public ObjectProperty<PartyKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty legalRepresentativeProperty() {
        return legalRepresentative;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty serviceAddressProperty() {
        return serviceAddress;
    }

    public BooleanProperty serviceSameAsAddressProperty() {
        return serviceSameAsAddress;
    }

    public ObjectProperty<LocalDate> ageOnProperty() {
        return ageOn;
    }

    /** Why the typed 身份证 number is not valid; empty when valid or empty. */
    public ReadOnlyStringProperty idProblemProperty() {
        return idProblem;
    }

    /** Birth date, gender and age derived from a valid number; empty otherwise. */
    public ReadOnlyStringProperty idSummaryProperty() {
        return idSummary;
    }

    /** A note when the person was a minor on the act date (Art 30). */
    public ReadOnlyStringProperty minorNoteProperty() {
        return minorNote;
    }

    public ReadOnlyObjectProperty<IdNumber> validIdProperty() {
        return validId;
    }

    /** Why the typed 统一社会信用代码 is not valid; empty when valid or empty. */
    public ReadOnlyStringProperty creditProblemProperty() {
        return creditProblem;
    }
}
