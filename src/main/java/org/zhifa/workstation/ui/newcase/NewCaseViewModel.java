package org.zhifa.workstation.ui.newcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.NewCase;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.widgets.OfficerEligibility;
import org.zhifa.workstation.ui.widgets.PartyModel;

/**
 * The 新建案件 wizard's state: 1 source and facts, 2 the matter, 3 the party, 4 the two handlers; then 登记. Each page
 * says what is still missing before 下一步; registering runs in the background and gives the new case number.
 */
public final class NewCaseViewModel {
    public static final int PAGES = 4;

    private final CaseService cases;
    private final BackgroundExecutor executor;
    private final String actor;
    private final Supplier<LocalDate> today;
    private final List<CatalogMatter> catalog;
    private final List<Officer> officers;

    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ObjectProperty<ProcedureKind> procedure = new SimpleObjectProperty<>(this, "procedure", ProcedureKind.GENERAL);
    private final ObjectProperty<CaseSource> source = new SimpleObjectProperty<>(this, "source", CaseSource.PATROL);
    private final ObjectProperty<LocalDate> discoveredOn = new SimpleObjectProperty<>(this, "discoveredOn");
    private final ObjectProperty<LocalDate> actDate = new SimpleObjectProperty<>(this, "actDate");
    private final StringProperty actPlace = new SimpleStringProperty(this, "actPlace", "");
    private final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    private final StringProperty facts = new SimpleStringProperty(this, "facts", "");
    private final ObjectProperty<CatalogMatter> matter = new SimpleObjectProperty<>(this, "matter");
    private final PartyModel party;
    private final ObjectProperty<Officer> leadHandler = new SimpleObjectProperty<>(this, "leadHandler");
    private final ObjectProperty<Officer> coHandler = new SimpleObjectProperty<>(this, "coHandler");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    public NewCaseViewModel(CaseService cases, BackgroundExecutor executor, String actor, Supplier<LocalDate> today,
                            List<CatalogMatter> catalog, List<Officer> officers) {
        this.cases = Objects.requireNonNull(cases);
        this.executor = Objects.requireNonNull(executor);
        this.actor = actor;
        this.today = Objects.requireNonNull(today);
        this.catalog = List.copyOf(catalog);
        this.officers = List.copyOf(officers);
        this.party = new PartyModel(today);
        discoveredOn.set(today.get());
        actDate.set(today.get());
        party.ageOnProperty().bind(actDate);
        officers.stream().filter(o -> o.code().equals(actor) && eligible(o)).findFirst().ifPresent(leadHandler::set);
    }

    /** Whether an officer may be a handler today (certificate valid, not an auxiliary). */
    public boolean eligible(Officer o) {
        return OfficerEligibility.of(o, today.get()).eligible();
    }

    /** What is missing on a page (0–3), as short Chinese lines; empty when 下一步 may be pressed. */
    public List<String> missing(int onPage) {
        List<String> m = new ArrayList<>();
        switch (onPage) {
            case 0 -> {
                if (source.get() == null) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.source")));
                }
                if (discoveredOn.get() == null) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.discoveredOn")));
                }
                if (actDate.get() == null) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.actDate")));
                } else if (discoveredOn.get() != null && actDate.get().isAfter(discoveredOn.get())) {
                    m.add(Texts.tr("ui.wizard.actAfterDiscovery"));
                }
                if (discoveredOn.get() != null && discoveredOn.get().isAfter(today.get())) {
                    m.add(Texts.tr("ui.wizard.discoveryInFuture"));
                }
                if (blank(actPlace.get())) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.actPlace")));
                }
                if (blank(cause.get())) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.cause")));
                }
            }
            case 1 -> {
                if (matter.get() == null) {
                    m.add(Texts.tr("ui.wizard.chooseMatter"));
                }
            }
            case 2 -> m.addAll(party.problems());
            case 3 -> {
                if (leadHandler.get() == null) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.leadHandler")));
                }
                if (coHandler.get() == null) {
                    m.add(Texts.tr("ui.form.missing", Texts.tr("ui.wizard.coHandler")));
                }
                if (leadHandler.get() != null && leadHandler.get() == coHandler.get()) {
                    m.add(Texts.tr("ui.form.sameHandlers"));
                }
            }
            default -> { }
        }
        return m;
    }

    /** Everything missing on any page. */
    public List<String> allMissing() {
        List<String> m = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            m.addAll(missing(i));
        }
        return m;
    }

    public void next() {
        if (page.get() < PAGES - 1 && missing(page.get()).isEmpty()) {
            page.set(page.get() + 1);
        }
    }

    public void back() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** The header the wizard collected. */
    public NewCase newCase() {
        CatalogMatter m = matter.get();
        List<CaseOfficerDocument> handlers = new ArrayList<>();
        if (leadHandler.get() != null) {
            handlers.add(new CaseOfficerDocument(leadHandler.get().code(), OfficerDuty.LEAD_HANDLER));
        }
        if (coHandler.get() != null) {
            handlers.add(new CaseOfficerDocument(coHandler.get().code(), OfficerDuty.CO_HANDLER));
        }
        return new NewCase(m == null ? null : m.authorityCode(), m == null ? null : m.code(), procedure.get(),
                source.get(), strip(cause.get()), strip(facts.get()), actDate.get(), strip(actPlace.get()),
                discoveredOn.get(), party.toDocument(), handlers);
    }

    /** Registers the case (线索登记); on success hands over the new case. */
    public void register(Consumer<CaseRecord> onRegistered) {
        errors.clear();
        List<String> missing = allMissing();
        if (!missing.isEmpty()) {
            errors.setAll(missing);
            return;
        }
        if (actor == null) {
            errors.setAll(Texts.tr("ui.form.noActor"));
            return;
        }
        NewCase header = newCase();
        busy.set(true);
        executor.submit(() -> cases.register(header, actor), created -> {
            busy.set(false);
            onRegistered.accept(created);
        }, failure -> {
            busy.set(false);
            if (failure instanceof CaseRejectedException rejected) {
                errors.setAll(rejected.reasons());
            } else {
                org.slf4j.LoggerFactory.getLogger(NewCaseViewModel.class).error("register failed", failure);
                errors.setAll(Texts.tr("ui.wizard.registerFailed"));
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<ProcedureKind> procedureProperty() {
        return procedure;
    }

    public ObjectProperty<CaseSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> discoveredOnProperty() {
        return discoveredOn;
    }

    public ObjectProperty<LocalDate> actDateProperty() {
        return actDate;
    }

    public StringProperty actPlaceProperty() {
        return actPlace;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    public StringProperty factsProperty() {
        return facts;
    }

    public ObjectProperty<CatalogMatter> matterProperty() {
        return matter;
    }

    public PartyModel party() {
        return party;
    }

    public ObjectProperty<Officer> leadHandlerProperty() {
        return leadHandler;
    }

    public ObjectProperty<Officer> coHandlerProperty() {
        return coHandler;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last 登记 was refused (or what is missing), as Chinese lines. */
    public ObservableList<String> errors() {
        return errors;
    }

    public List<CatalogMatter> catalog() {
        return catalog;
    }

    public List<Officer> officers() {
        return officers;
    }

    public LocalDate today() {
        return today.get();
    }
}
