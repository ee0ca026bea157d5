package org.zhifa.workstation.ui.exchange.queue;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueItem;
import org.zhifa.workstation.ui.exchange.Columns;

/**
 * 审核队列: township, case, 案由, party, received, review deadline (overdue in red), audit score, status; 导入报送件
 * (a file) and 导入文件夹; a double click or 审阅 opens the review screen.
 */
public final class ReviewQueueView extends VBox {
    private final TableView<QueueItem> table = Columns.table("queueTable", Texts.tr("ui.queue.empty"));

    public ReviewQueueView(ReviewQueueViewModel vm, Consumer<QueueItem> onOpen) {
        super(10);
        setId("reviewQueue");
        setPadding(new Insets(12, 0, 0, 0));
        Button importFile = new Button(Texts.tr("ui.queue.importFile"));
        importFile.setId("queueImportFile");
        importFile.getStyleClass().add("primary-button");
        importFile.setOnAction(e -> vm.chooseAndImportFile());
        Button importFolder = new Button(Texts.tr("ui.queue.importFolder"));
        importFolder.setId("queueImportFolder");
        importFolder.setOnAction(e -> vm.chooseAndImportFolder());
        Button refresh = new Button(Texts.tr("ui.exchange.refresh"));
        refresh.setId("queueRefresh");
        refresh.setOnAction(e -> vm.refresh());
        Button open = new Button(Texts.tr("ui.queue.open"));
        open.setId("queueOpen");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> onOpen.accept(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("queueStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, importFile, importFolder, refresh, grow, status, open);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableColumn<QueueItem, String> due = Columns.text(Texts.tr("ui.queue.col.due"), 110, i -> i.due().date().toString());
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                QueueItem row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : row != null && row.overdue() ? Texts.tr("ui.queue.overdue", text) : text);
                setStyle(row != null && row.overdue() ? Columns.ALERT_STYLE : "");
            }
        });
        table.getColumns().addAll(java.util.List.of(
                Columns.text(Texts.tr("ui.queue.col.township"), 120, ReviewQueueViewModel::township),
                Columns.text(Texts.tr("ui.queue.col.case"), 130, QueueItem::caseNo),
                Columns.text(Texts.tr("ui.queue.col.cause"), 200, QueueItem::cause),
                Columns.text(Texts.tr("ui.queue.col.party"), 110, QueueItem::partyName),
                Columns.text(Texts.tr("ui.queue.col.received"), 100, i -> i.receivedOn().toString()),
                due,
                Columns.text(Texts.tr("ui.queue.col.score"), 80, ReviewQueueViewModel::score),
                Columns.text(Texts.tr("ui.queue.col.status"), 80, i -> ReviewQueueService.label(i.status()))));
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<QueueItem> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    public TableView<QueueItem> table() {
        return table;
    }
}
