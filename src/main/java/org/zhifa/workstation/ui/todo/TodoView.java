package org.zhifa.workstation.ui.todo;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.procedure.TodoItem;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.casepage.DeadlineLook;
import org.zhifa.workstation.ui.common.Formats;

/**
 * 待办: the open deadlines of all cases, overdue ones first in red, those due soon in amber, with case number,
 * 案由, party, deadline, due date and days left; a double click (or 办理) opens the case page.
 */
public final class TodoView extends VBox {
    private final TodoViewModel vm;
    private final TableView<TodoItem> table = new TableView<>();

    public TodoView(TodoViewModel vm, Consumer<String> onOpenCase) {
        super(10);
        this.vm = vm;
        setId("todoPage");
        getStyleClass().add("todo-page");
        setPadding(new Insets(16, 16, 12, 16));

        Label title = new Label(Texts.tr("ui.placeholder.tasks.title"));
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("todoSummary");
        summary.getStyleClass().add("todo-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> Texts.tr("ui.todo.summary",
                vm.today().toString(), vm.rows().size(), vm.overdueProperty().get(), vm.soonProperty().get()),
                vm.rows(), vm.overdueProperty(), vm.soonProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button refresh = new Button(Texts.tr("ui.casePage.refresh"));
        refresh.setId("todoRefresh");
        refresh.setOnAction(e -> vm.refresh());
        Button open = new Button(Texts.tr("ui.cases.open"));
        open.setId("todoOpen");
        open.getStyleClass().add("primary-button");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            TodoItem item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                onOpenCase.accept(item.caseNo());
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary, grow, busy, refresh, open);
        header.setAlignment(Pos.CENTER_LEFT);

        Label legend = new Label(Texts.tr("ui.todo.legend"));
        legend.getStyleClass().add("muted");

        table.setId("todoTable");
        table.getStyleClass().addAll("case-table", "todo-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TodoItem, TodoItem> status = new TableColumn<>(Texts.tr("ui.todo.column.status"));
        status.setId("todoColStatus");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(86);
        status.setSortable(false);
        table.getColumns().add(status);
        table.getColumns().add(column("todoColCaseNo", Texts.tr("ui.cases.column.caseNo"), TodoItem::caseNo, 118));
        table.getColumns().add(column("todoColCause", Texts.tr("ui.cases.column.cause"), t -> Formats.text(t.cause()), 220));
        table.getColumns().add(column("todoColParty", Texts.tr("ui.cases.column.party"), t -> Formats.text(t.partyName()), 130));
        table.getColumns().add(column("todoColDeadline", Texts.tr("ui.todo.column.deadline"), t -> t.deadline().label(), 170));
        table.getColumns().add(column("todoColDue", Texts.tr("ui.todo.column.due"), t -> Formats.date(t.deadline().deadline().date()), 104));
        table.getColumns().add(column("todoColLeft", Texts.tr("ui.todo.column.left"), t -> vm.look(t).daysText(), 110));
        table.setItems(vm.rows());
        Label empty = new Label();
        empty.getStyleClass().add("table-placeholder");
        empty.textProperty().bind(Bindings.when(vm.loadedProperty()).then(Texts.tr("ui.todo.empty")).otherwise(Texts.tr("ui.todo.loading")));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new TableRow<>() {
            {
                setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                        onOpenCase.accept(getItem().caseNo());
                    }
                });
            }

            @Override
            protected void updateItem(TodoItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("todo-overdue", "todo-soon", "todo-open");
                if (!empty && item != null) {
                    getStyleClass().add(switch (vm.tone(item)) {
                        case OVERDUE -> "todo-overdue";
                        case SOON -> "todo-soon";
                        default -> "todo-open";
                    });
                }
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpenCase.accept(table.getSelectionModel().getSelectedItem().caseNo());
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, legend, table);
    }

    private static TableColumn<TodoItem, String> column(String id, String title, Function<TodoItem, String> value, double width) {
        TableColumn<TodoItem, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public TableView<TodoItem> table() {
        return table;
    }

    /** A small badge: 已超期 / 即将到期 / 未到期. */
    private final class StatusCell extends TableCell<TodoItem, TodoItem> {
        @Override
        protected void updateItem(TodoItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            DeadlineLook.Tone tone = vm.tone(item);
            Label badge = new Label(switch (tone) {
                case OVERDUE -> Texts.tr("ui.todo.overdue");
                case SOON -> Texts.tr("ui.todo.soon");
                default -> Texts.tr("ui.todo.open");
            });
            badge.getStyleClass().addAll("badge", switch (tone) {
                case OVERDUE -> "badge-danger";
                case SOON -> "badge-warn";
                default -> "badge-neutral";
            });
            badge.setMinWidth(Region.USE_PREF_SIZE);
            setGraphic(badge);
        }
    }
}
