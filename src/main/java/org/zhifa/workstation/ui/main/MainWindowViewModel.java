package org.zhifa.workstation.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.security.Session;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.ui.casepage.CasePageViewModel;
import org.zhifa.workstation.ui.cases.CaseListViewModel;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.FailureReporter;
import org.zhifa.workstation.ui.newcase.NewCaseViewModel;
import org.zhifa.workstation.ui.onsite.OnSiteViewModel;
import org.zhifa.workstation.ui.todo.TodoViewModel;

/**
 * The main window's state: which page is open, what the case page shows, who is logged in and what the status bar
 * says.
 */
public final class MainWindowViewModel {
    /** What the 案件 page shows: the list, the 新建案件 wizard, the 当场处罚 screen, or one case. */
    public enum CaseScreen { LIST, NEW_CASE, ON_SITE, CASE }

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.CASES);
    private final ObjectProperty<CaseScreen> caseScreen = new SimpleObjectProperty<>(this, "caseScreen", CaseScreen.LIST);
    private final CaseListViewModel cases;
    private final CasePageViewModel casePage;
    private final TodoViewModel todo;
    private final CaseService caseService;
    private final ReferenceDataService referenceData;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final Session session;
    private final Supplier<LocalDate> today;
    private final Path dataDirectory;
    private final StringBinding caseCountText;
    private final StringProperty userText = new SimpleStringProperty(this, "userText", "");

    /** The catalog and the officers, for the wizard and the on-site screen. */
    public record Reference(List<CatalogMatter> catalog, List<Officer> officers) {
    }

    public MainWindowViewModel(CaseListViewModel cases, CasePageViewModel casePage, TodoViewModel todo,
                               CaseService caseService, ReferenceDataService referenceData, BackgroundExecutor executor, FailureReporter failures,
                               Session session, Supplier<LocalDate> today, Path dataDirectory) {
        this.cases = Objects.requireNonNull(cases);
        this.casePage = Objects.requireNonNull(casePage);
        this.todo = Objects.requireNonNull(todo);
        this.caseService = Objects.requireNonNull(caseService);
        this.referenceData = Objects.requireNonNull(referenceData);
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.session = Objects.requireNonNull(session);
        this.today = Objects.requireNonNull(today);
        this.dataDirectory = dataDirectory;
        this.caseCountText = Bindings.createStringBinding(
                () -> Texts.tr("ui.status.cases", cases.shownCountProperty().get(), cases.totalCountProperty().get()),
                cases.shownCountProperty(), cases.totalCountProperty());
        userText.set(userLine(null));
        section.addListener((obs, old, now) -> {
            if (now == Section.TASKS) {
                todo.refresh();
            }
        });
    }

    private String userLine(Officer officer) {
        String roles = String.join("、", session.user().roles().stream().sorted().map(Texts::label).toList());
        if (officer == null) {
            return Texts.tr("ui.status.user", session.username(), roles);
        }
        return Texts.tr("ui.status.userOfficer", officer.name(), session.username(), roles);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<CaseScreen> caseScreenProperty() {
        return caseScreen;
    }

    public void open(Section target) {
        section.set(target);
    }

    /** Opens the page of a case (from the list, 待办 or after registering). */
    public void openCase(String caseNo) {
        casePage.open(caseNo);
        caseScreen.set(CaseScreen.CASE);
        section.set(Section.CASES);
    }

    /** Back to the case list, refreshed. */
    public void showList() {
        caseScreen.set(CaseScreen.LIST);
        cases.refresh();
    }

    /** Loads the catalog and the officers in the background, then hands them over. */
    public void withReference(Consumer<Reference> then) {
        executor.submit(() -> new Reference(referenceData.catalog(), referenceData.officers()), then,
                failures.showing(Texts.tr("ui.error.loadReference")));
    }

    /** A fresh 新建案件 wizard over the catalog and officers. */
    public NewCaseViewModel newCase(Reference reference) {
        return new NewCaseViewModel(caseService, executor, actor(), today, reference.catalog(), reference.officers());
    }

    /** A fresh one-screen 当场处罚. */
    public OnSiteViewModel onSite(Reference reference) {
        return new OnSiteViewModel(caseService, executor, actor(), today, reference.catalog(), reference.officers());
    }

    public CaseListViewModel cases() {
        return cases;
    }

    public CasePageViewModel casePage() {
        return casePage;
    }

    public TodoViewModel todo() {
        return todo;
    }

    public Session session() {
        return session;
    }

    /** The officer code of the logged-in user: the actor of every step (null for an account without one). */
    public String actor() {
        return session.user().officerCode();
    }

    public boolean isReviewer() {
        return session.hasRole(Role.REVIEWER);
    }

    public LocalDate today() {
        return today.get();
    }

    public Supplier<LocalDate> todaySupplier() {
        return today;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public String dataDirectoryText() {
        return Texts.tr("ui.status.dataDir", dataDirectory.toAbsolutePath().normalize());
    }

    public StringBinding caseCountText() {
        return caseCountText;
    }

    /** Who is logged in: "当前用户：季晓东（o02，执法队员）". */
    public ReadOnlyStringProperty userTextProperty() {
        return userText;
    }

    /** Loads the first data. */
    public void start() {
        cases.refresh();
        String code = session.user().officerCode();
        if (code != null) {
            executor.submit(referenceData::officers, officers -> officers.stream()
                    .filter(o -> o.code().equals(code)).findFirst()
                    .ifPresent(o -> userText.set(userLine(o))), failure -> { });
        }
    }

    public void dispose() {
        cases.dispose();
        casePage.dispose();
        todo.dispose();
    }
}
