package org.zhifa.workstation.ui.todo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.procedure.TodoItem;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.casepage.DeadlineLook;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;
import org.zhifa.workstation.ui.task.FailureReporter;

/** 待办: every open deadline of every open case as of today, overdue first, then by due date. */
public final class TodoViewModel {
    private final CaseService cases;
    private final BackgroundExecutor executor;
    private final FailureReporter failures;
    private final Supplier<LocalDate> today;
    private final ObservableList<TodoItem> rows = FXCollections.observableArrayList();
    private final IntegerProperty overdue = new SimpleIntegerProperty(this, "overdue", 0);
    private final IntegerProperty soon = new SimpleIntegerProperty(this, "soon", 0);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private BackgroundJob job = BackgroundJob.done();
    private LocalDate shownFor;

    public TodoViewModel(CaseService cases, BackgroundExecutor executor, FailureReporter failures, Supplier<LocalDate> today) {
        this.cases = Objects.requireNonNull(cases);
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.today = Objects.requireNonNull(today);
    }

    public void refresh() {
        LocalDate day = today.get();
        job.cancel();
        loading.set(true);
        job = executor.submit(() -> cases.todo(day), items -> {
            shownFor = day;
            rows.setAll(items);
            overdue.set((int) items.stream().filter(t -> t.overdue(day)).count());
            soon.set((int) items.stream().filter(t -> !t.overdue(day) && tone(t) == DeadlineLook.Tone.SOON).count());
            loading.set(false);
            loaded.set(true);
        }, failure -> {
            loading.set(false);
            failures.report(Texts.tr("ui.todo.loadFailed"), failure);
        });
    }

    /** How the row looks today: overdue (red), soon (amber) or open. */
    public DeadlineLook.Tone tone(TodoItem item) {
        return look(item).tone();
    }

    public DeadlineLook look(TodoItem item) {
        return DeadlineLook.of(item.deadline(), shownFor == null ? today.get() : shownFor);
    }

    public ObservableList<TodoItem> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyIntegerProperty soonProperty() {
        return soon;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public LocalDate today() {
        return today.get();
    }

    public void dispose() {
        job.cancel();
    }

    /** For tests: the rows as they are now. */
    public List<TodoItem> snapshot() {
        return List.copyOf(rows);
    }
}
