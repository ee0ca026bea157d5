package org.zhifa.workstation.ui.casepage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.CaseService.CaseView;
import org.zhifa.workstation.cases.EvidenceFiles;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.procedure.NextStep;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureSettings;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.forms.ActionDraft;
import org.zhifa.workstation.ui.forms.FormContext;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;
import org.zhifa.workstation.ui.task.FailureReporter;

/**
 * The case page's state: the case with its next steps and deadlines as of today, and the steps taken through its
 * forms. Every service call runs through the {@link BackgroundExecutor}; the logged-in officer is the actor.
 */
public final class CasePageViewModel {
    private final CaseService cases;
    private final ReferenceDataService referenceData;
    private final EvidenceFiles evidenceFiles;
    private final Supplier<ProcedureSettings> settings;
    private final Session session;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final Supplier<LocalDate> today;
    private final CaseDocumentsViewModel documents;

    private final ObjectProperty<CaseView> view = new SimpleObjectProperty<>(this, "view");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final ObjectProperty<Saved> saved = new SimpleObjectProperty<>(this, "saved");
    private List<Officer> officers = List.of();
    /** The settings read with the case (in the background: reading them touches the disk). */
    private ProcedureSettings currentSettings;
    private String caseNo;
    private BackgroundJob loadJob = BackgroundJob.done();
    private long generation;

    /** The last step stored through a form, with the warnings it was stored with. */
    public record Saved(ActionType type, int count, List<Violation> warnings) {
    }

    /** What happened to a form's submission. */
    public record Result(boolean accepted, List<Violation> blocking, List<Violation> warnings, Throwable failure) {
        static Result failed(Throwable t) {
            return new Result(false, List.of(), List.of(), t);
        }
    }

    public CasePageViewModel(CaseService cases, ReferenceDataService referenceData, EvidenceFiles evidenceFiles,
                             Supplier<ProcedureSettings> settings, Session session, BackgroundExecutor executor,
                             FailureReporter failures, Supplier<LocalDate> today, CaseDocumentsViewModel documents) {
        this.cases = Objects.requireNonNull(cases);
        this.referenceData = Objects.requireNonNull(referenceData);
        this.evidenceFiles = Objects.requireNonNull(evidenceFiles);
        this.settings = Objects.requireNonNull(settings);
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.today = Objects.requireNonNull(today);
        this.documents = Objects.requireNonNull(documents);
    }

    private record Loaded(Optional<CaseView> view, List<Officer> officers, ProcedureSettings settings) {
    }

    /** Opens a case: loads it with its next steps and deadlines as of today. */
    public void open(String number) {
        this.caseNo = number;
        saved.set(null);
        view.set(null);
        reload();
    }

    /** Loads the open case again (after a step, or on request). */
    public void reload() {
        String number = caseNo;
        if (number == null) {
            return;
        }
        long gen = ++generation;
        loadJob.cancel();
        loading.set(true);
        LocalDate day = today.get();
        loadJob = executor.submit(() -> new Loaded(cases.view(number, day), referenceData.officers(), settings.get()),
                loaded -> {
                    if (gen != generation) {
                        return;
                    }
                    loading.set(false);
                    officers = loaded.officers();
                    currentSettings = loaded.settings();
                    view.set(loaded.view().orElse(null));
                    if (loaded.view().isEmpty()) {
                        failures.report(Texts.tr("ui.error.caseMissing", number), new IllegalStateException(number));
                    } else {
                        documents.load(number);
                    }
                },
                failure -> {
                    if (gen == generation) {
                        loading.set(false);
                        failures.report(Texts.tr("ui.error.loadCase", number), failure);
                    }
                });
    }

    /** The context a step's form is built in (null step: a step the engine does not list today). */
    public FormContext formContext(NextStep step) {
        CaseView v = view.get();
        return new FormContext(v.record(), step, officers, session, today.get(),
                currentSettings == null ? ProcedureSettings.defaults() : currentSettings, evidenceFiles);
    }

    /** The next step of this type as the engine offers it today, if it does. */
    public Optional<NextStep> nextStep(ActionType type) {
        CaseView v = view.get();
        return v == null ? Optional.empty() : v.nextSteps().stream().filter(n -> n.type() == type).findFirst();
    }

    /**
     * Takes the step(s) of a form in the background. Accepted: stored, the page reloads and shows what was saved
     * with its warnings. Refused: nothing of the refused action is stored and the result names the rules.
     */
    public void perform(ActionDraft draft, Consumer<Result> done) {
        String number = caseNo;
        String actor = session.user().officerCode();
        executor.submit(() -> {
            List<CaseAction> actions = draft.actions();
            List<Violation> warnings = new ArrayList<>();
            ActionType type = null;
            int stored = 0;
            for (CaseAction a : actions) {
                type = a.type();
                Outcome o = cases.perform(session, number, a);
                if (!o.accepted()) {
                    List<Violation> all = new ArrayList<>(warnings);
                    all.addAll(o.warnings());
                    return new Performed(new Result(false, o.blocking(), all, null), type, stored);
                }
                warnings.addAll(o.warnings());
                stored++;
            }
            return new Performed(new Result(true, List.of(), warnings, null), type, stored);
        }, performed -> {
            if (performed.stored() > 0) {
                saved.set(new Saved(performed.type(), performed.stored(), performed.result().warnings()));
                reload();
            }
            done.accept(performed.result());
        }, failure -> {
            if (failure instanceof CaseRejectedException rejected) {
                done.accept(new Result(false, rejected.reasons().stream()
                        .map(r -> new Violation("PROC", "", r, org.zhifa.workstation.domain.procedure.Severity.ERROR)).toList(),
                        List.of(), null));
            } else {
                org.slf4j.LoggerFactory.getLogger(CasePageViewModel.class).error("step failed", failure);
                done.accept(Result.failed(failure));
            }
        });
    }

    private record Performed(Result result, ActionType type, int stored) {
    }

    public ReadOnlyObjectProperty<CaseView> viewProperty() {
        return view;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The step last stored through a form (null after opening a case). */
    public ReadOnlyObjectProperty<Saved> savedProperty() {
        return saved;
    }

    /** Shows a step stored elsewhere (the one-screen 当场处罚) as saved, with its warnings. */
    public void announce(Saved done) {
        saved.set(done);
    }

    public void clearSaved() {
        saved.set(null);
    }

    public String caseNo() {
        return caseNo;
    }

    public LocalDate today() {
        return today.get();
    }

    public Session session() {
        return session;
    }

    /** The name of an officer, for history lines. */
    public Optional<String> officerName(String code) {
        return officers.stream().filter(o -> o.code().equals(code)).map(Officer::name).findFirst();
    }

    /** The 文书 of the open case. */
    public CaseDocumentsViewModel documents() {
        return documents;
    }

    public void dispose() {
        loadJob.cancel();
        documents.dispose();
    }
}
