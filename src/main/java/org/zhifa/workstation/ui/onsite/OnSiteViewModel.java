package org.zhifa.workstation.ui.onsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;
import org.zhifa.workstation.domain.cases.CaseSource;
import org.zhifa.workstation.domain.cases.NewCase;
import org.zhifa.workstation.domain.cases.OfficerDuty;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.cases.action.DecideOnSite;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.widgets.OfficerEligibility;
import org.zhifa.workstation.ui.widgets.OnSitePenaltyModel;
import org.zhifa.workstation.ui.widgets.PartyModel;

/**
 * 当场处罚 on one screen (简易程序, Arts 51–52): party, matter, place, two officers, the penalty within the Art 51
 * limits, the serial number, the party heard, 当场收缴 up to ¥100 — 提交 registers the case (SUMMARY) and records the
 * ON_SITE_DECIDED step in one go. A refusal is shown in place; the case registered by a refused attempt is kept and
 * the next attempt only records the decision.
 */
public final class OnSiteViewModel {
    private final CaseService cases;
    private final BackgroundExecutor executor;
    private final String actor;
    private final Supplier<LocalDate> today;
    private final List<CatalogMatter> catalog;
    private final List<Officer> officers;

    private final PartyModel party;
    private final ObjectProperty<CatalogMatter> matter = new SimpleObjectProperty<>(this, "matter");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    private final ObjectProperty<Officer> officer1 = new SimpleObjectProperty<>(this, "officer1");
    private final ObjectProperty<Officer> officer2 = new SimpleObjectProperty<>(this, "officer2");
    private final OnSitePenaltyModel penalty = new OnSitePenaltyModel();
    private final StringProperty serial = new SimpleStringProperty(this, "serial", "");
    private final BooleanProperty certificatesShown = new SimpleBooleanProperty(this, "certificatesShown", false);
    private final BooleanProperty partyHeard = new SimpleBooleanProperty(this, "partyHeard", false);
    private final BooleanProperty refusedToSign = new SimpleBooleanProperty(this, "refusedToSign", false);
    private final StringProperty registeredCaseNo = new SimpleStringProperty(this, "registeredCaseNo", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();

    public OnSiteViewModel(CaseService cases, BackgroundExecutor executor, String actor, Supplier<LocalDate> today,
                           List<CatalogMatter> catalog, List<Officer> officers) {
        this.cases = Objects.requireNonNull(cases);
        this.executor = Objects.requireNonNull(executor);
        this.actor = actor;
        this.today = Objects.requireNonNull(today);
        this.catalog = List.copyOf(catalog);
        this.officers = List.copyOf(officers);
        this.party = new PartyModel(today);
        date.set(today.get());
        party.ageOnProperty().bind(date);
        penalty.partyKindProperty().bind(party.kindProperty());
        officers.stream().filter(o -> o.code().equals(actor) && eligible(o)).findFirst().ifPresent(officer1::set);
    }

    public boolean eligible(Officer o) {
        return OfficerEligibility.of(o, date.get() == null ? today.get() : date.get()).eligible();
    }

    /** What must be filled in before 提交. */
    public List<String> missing() {
        List<String> m = new ArrayList<>(party.problems());
        if (matter.get() == null) {
            m.add(Texts.tr("ui.wizard.chooseMatter"));
        }
        if (date.get() == null) {
            m.add(Texts.tr("ui.form.missing", Texts.tr("ui.onsite.date")));
        } else if (date.get().isAfter(today.get())) {
            m.add(Texts.tr("ui.wizard.discoveryInFuture"));
        }
        if (place.get() == null || place.get().isBlank()) {
            m.add(Texts.tr("ui.form.missing", Texts.tr("ui.onsite.place")));
        }
        if (officer1.get() == null || officer2.get() == null) {
            m.add(Texts.tr("ui.onsite.twoOfficers"));
        } else if (officer1.get() == officer2.get()) {
            m.add(Texts.tr("ui.form.sameHandlers"));
        }
        m.addAll(penalty.problems());
        if (serial.get() == null || serial.get().isBlank()) {
            m.add(Texts.tr("ui.form.missing", Texts.tr("ui.onsite.serial")));
        }
        return m;
    }

    /** The 案由 given, or one made of the party and the matter. */
    String causeText() {
        if (cause.get() != null && !cause.get().isBlank()) {
            return cause.get().strip();
        }
        String name = party.nameProperty().get() == null ? "" : party.nameProperty().get().strip();
        return Texts.tr("ui.onsite.defaultCause", name, shortMatter(matter.get()));
    }

    /** "随地吐痰…" from "对随地吐痰…的行政处罚". */
    static String shortMatter(CatalogMatter m) {
        if (m == null) {
            return "";
        }
        String n = m.name();
        if (n.startsWith("对")) {
            n = n.substring(1);
        }
        if (n.endsWith("的行政处罚")) {
            n = n.substring(0, n.length() - "的行政处罚".length());
        }
        return n;
    }

    NewCase newCase() {
        CatalogMatter m = matter.get();
        PartyDocument p = party.toDocument();
        String facts = Texts.tr("ui.onsite.defaultFacts", String.valueOf(date.get()), p.name() == null ? "" : p.name(),
                place.get() == null ? "" : place.get().strip(), shortMatter(m));
        return new NewCase(m.authorityCode(), m.code(), ProcedureKind.SUMMARY, CaseSource.PATROL, causeText(), facts,
                date.get(), place.get().strip(), date.get(), p,
                List.of(new CaseOfficerDocument(officer1.get().code(), OfficerDuty.LEAD_HANDLER),
                        new CaseOfficerDocument(officer2.get().code(), OfficerDuty.CO_HANDLER)));
    }

    DecideOnSite decision() {
        boolean collected = penalty.collectOnSiteProperty().get();
        String receipt = penalty.receiptNumberProperty().get();
        return new DecideOnSite(date.get(), actor, List.of(officer1.get().code(), officer2.get().code()),
                penalty.penalty(), serial.get().strip(), place.get().strip(), certificatesShown.get(), partyHeard.get(),
                refusedToSign.get(), collected, collected && receipt != null ? receipt.strip() : null, false, false, false);
    }

    private record Done(String caseNo, Outcome outcome) {
    }

    /**
     * Registers (once) and decides. Done: the case number and the warnings it was stored with. Refused: the
     * violations (or the reasons the registration was refused) in place.
     */
    public void submit(BiConsumer<String, List<Violation>> onDone) {
        problems.clear();
        violations.clear();
        List<String> m = missing();
        if (!m.isEmpty()) {
            problems.setAll(m);
            return;
        }
        if (actor == null) {
            problems.setAll(Texts.tr("ui.form.noActor"));
            return;
        }
        String existing = registeredCaseNo.get();
        NewCase header = existing.isEmpty() ? newCase() : null;
        DecideOnSite decision = decision();
        busy.set(true);
        executor.submit(() -> {
            String caseNo = existing.isEmpty() ? cases.register(header, actor).caseNo() : existing;
            return new Done(caseNo, cases.perform(caseNo, decision, actor));
        }, done -> {
            busy.set(false);
            registeredCaseNo.set(done.caseNo());
            if (done.outcome().accepted()) {
                onDone.accept(done.caseNo(), done.outcome().warnings());
            } else {
                violations.setAll(done.outcome().blocking());
            }
        }, failure -> {
            busy.set(false);
            if (failure instanceof CaseRejectedException rejected) {
                problems.setAll(rejected.reasons());
            } else {
                org.slf4j.LoggerFactory.getLogger(OnSiteViewModel.class).error("on-site decision failed", failure);
                problems.setAll(Texts.tr("ui.form.failed"));
            }
        });
    }

    public PartyModel party() {
        return party;
    }

    public ObjectProperty<CatalogMatter> matterProperty() {
        return matter;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    public ObjectProperty<Officer> officer1Property() {
        return officer1;
    }

    public ObjectProperty<Officer> officer2Property() {
        return officer2;
    }

    public OnSitePenaltyModel penalty() {
        return penalty;
    }

    public StringProperty serialProperty() {
        return serial;
    }

    public BooleanProperty certificatesShownProperty() {
        return certificatesShown;
    }

    public BooleanProperty partyHeardProperty() {
        return partyHeard;
    }

    public BooleanProperty refusedToSignProperty() {
        return refusedToSign;
    }

    /** The case number once a submission registered the case; empty before. */
    public ReadOnlyStringProperty registeredCaseNoProperty() {
        return registeredCaseNo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What is missing, or why the registration was refused. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Why the decision was refused (rule, article, message). */
    public ObservableList<Violation> violations() {
        return violations;
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
