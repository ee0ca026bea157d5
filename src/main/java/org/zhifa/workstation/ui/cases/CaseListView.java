package org.zhifa.workstation.ui.cases;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.common.Formats;

/** The case screen: search and filter on top, the case table on the left, the selected case on the right. */
public final class CaseListView extends BorderPane {
    private static final Collator CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
    private static final String NATURAL_WIDTH = "zhifa.naturalWidth";

    private final CaseListViewModel viewModel;
    private final TextField searchField = new TextField();
    private final ComboBox<StateFilter> stateFilter = new ComboBox<>();
    private final TableView<CaseSummary> table = new TableView<>();
    private final CaseDetailView detail;
    private final Button openCase = new Button(Texts.tr("ui.cases.open"));
    private boolean syncingSelection;
    private Consumer<String> onOpenCase = caseNo -> { };
    private Runnable onNewCase = () -> { };
    private Runnable onOnSite = () -> { };

    public CaseListView(CaseListViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.detail = new CaseDetailView(viewModel, clock);
        getStyleClass().add("case-screen");
        setId("caseScreen");

        SplitPane split = new SplitPane(buildListSide(), detail);
        split.setId("caseSplit");
        split.setDividerPositions(0.6);
        setCenter(split);
        bindSelection();
    }

    private VBox buildListSide() {
        Label title = new Label(Texts.tr("ui.cases.title"));
        title.getStyleClass().add("page-title");

        searchField.setId("caseSearchField");
        searchField.setPromptText(Texts.tr("ui.cases.search.prompt"));
        searchField.setTooltip(new Tooltip(Texts.tr("ui.cases.search.tooltip")));
        searchField.getStyleClass().add("search-field");
        searchField.textProperty().bindBidirectional(viewModel.keywordProperty());
        HBox.setHgrow(searchField, Priority.ALWAYS);
        // Enter searches at once; Esc empties the box
        searchField.setOnAction(event -> viewModel.searchNow());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            }
        });

        Label filterLabel = new Label(Texts.tr("ui.cases.filter.label"));
        filterLabel.getStyleClass().add("field-label");
        stateFilter.setId("caseStateFilter");
        stateFilter.setItems(viewModel.stateFilters());
        stateFilter.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
        stateFilter.setVisibleRowCount(12);
        stateFilter.setPrefWidth(150);
        filterLabel.setLabelFor(stateFilter);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("caseListBusy");
        busy.setPrefSize(22, 22);
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        openCase.setId("openCaseButton");
        openCase.getStyleClass().add("primary-button");
        openCase.setTooltip(new Tooltip(Texts.tr("ui.cases.openTooltip")));
        openCase.disableProperty().bind(viewModel.selectedSummaryProperty().isNull());
        openCase.setOnAction(event -> openSelected());
        HBox toolbar = new HBox(10, searchField, filterLabel, stateFilter, busy, openCase);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("case-toolbar");

        Button newCase = new Button(Texts.tr("ui.cases.newCase"));
        newCase.setId("newCaseButton");
        newCase.getStyleClass().add("primary-button");
        newCase.setOnAction(event -> onNewCase.run());
        Button onSite = new Button(Texts.tr("ui.cases.onSite"));
        onSite.setId("onSiteButton");
        onSite.setTooltip(new Tooltip(Texts.tr("ui.cases.onSiteTooltip")));
        onSite.setOnAction(event -> onOnSite.run());
        Region headerGrow = new Region();
        HBox.setHgrow(headerGrow, Priority.ALWAYS);
        HBox header = new HBox(10, title, headerGrow, onSite, newCase);
        header.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox side = new VBox(10, header, toolbar, table);
        side.getStyleClass().add("case-list-side");
        side.setPadding(new Insets(16, 12, 12, 16));
        side.setMinWidth(420);
        return side;
    }

    private void buildTable() {
        table.setId("caseTable");
        table.getStyleClass().add("case-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((obs, oldValue, newValue) -> fitColumns(newValue.doubleValue()));
        table.setTableMenuButtonVisible(true);

        Comparator<String> text = Comparator.nullsLast(CHINESE::compare);
        table.getColumns().add(column("colCaseNo", Texts.tr("ui.cases.column.caseNo"), CaseSummary::caseNo, text,
                Formats::text, 118));
        table.getColumns().add(column("colCause", Texts.tr("ui.cases.column.cause"), CaseSummary::cause, text,
                Formats::text, 170));
        table.getColumns().add(column("colParty", Texts.tr("ui.cases.column.party"), CaseSummary::partyName, text,
                Formats::text, 96));
        table.getColumns().add(column("colMatter", Texts.tr("ui.cases.column.matter"), CaseSummary::matterName, text,
                Formats::text, 140));
        TableColumn<CaseSummary, CaseState> state = column("colState", Texts.tr("ui.cases.column.state"), CaseSummary::state,
                Comparator.nullsLast(Comparator.<CaseState>naturalOrder()), Formats::label, 92);
        state.setCellFactory(col -> new StateCell());
        table.getColumns().add(state);
        table.getColumns().add(column("colProcedure", Texts.tr("ui.cases.column.procedure"), CaseSummary::procedure,
                Comparator.nullsLast(Comparator.<ProcedureKind>naturalOrder()), Formats::label, 82));
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.<LocalDate>naturalOrder());
        table.getColumns().add(column("colDiscovered", Texts.tr("ui.cases.column.discoveredOn"), CaseSummary::discoveredOn,
                dates, Formats::date, 100));
        table.getColumns().add(column("colFiled", Texts.tr("ui.cases.column.filedOn"), CaseSummary::filedOn, dates,
                Formats::date, 100));
        TableColumn<CaseSummary, BigDecimal> fine = column("colFine", Texts.tr("ui.cases.column.fine"), CaseSummary::fineAmount,
                Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()), Formats::money, 112);
        fine.getStyleClass().add("money-column");
        table.getColumns().add(fine);

        SortedList<CaseSummary> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Label empty = new Label();
        empty.getStyleClass().add("table-placeholder");
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> !viewModel.loadedProperty().get() ? Texts.tr("ui.cases.loading") : Texts.tr("ui.cases.empty"),
                viewModel.loadedProperty()));
        table.setPlaceholder(empty);
        // a double click (or Enter) on a row opens the case page
        table.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenCase.accept(row.getItem().caseNo());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openSelected();
                event.consume();
            }
        });
    }

    private void openSelected() {
        CaseSummary selected = viewModel.selectedSummaryProperty().get();
        if (selected != null) {
            onOpenCase.accept(selected.caseNo());
        }
    }

    /** What 办理 (or a double click on a row) does with the case number. */
    public void setOnOpenCase(Consumer<String> action) {
        this.onOpenCase = java.util.Objects.requireNonNull(action);
    }

    /** What 新建案件 does. */
    public void setOnNewCase(Runnable action) {
        this.onNewCase = java.util.Objects.requireNonNull(action);
    }

    /** What 当场处罚 does. */
    public void setOnOnSite(Runnable action) {
        this.onOnSite = java.util.Objects.requireNonNull(action);
    }

    private static <T> TableColumn<CaseSummary, T> column(String id, String title, Function<CaseSummary, T> value,
            Comparator<T> comparator, Function<T, String> format, double width) {
        TableColumn<CaseSummary, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(comparator);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.getProperties().put(NATURAL_WIDTH, width);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        });
        return column;
    }

    /**
     * On a wide table the columns share the spare width; on a narrow one they keep their natural widths and the
     * table scrolls sideways, rather than squeezing every column into an ellipsis.
     */
    private void fitColumns(double tableWidth) {
        double natural = 0;
        for (TableColumn<CaseSummary, ?> column : table.getColumns()) {
            natural += (double) column.getProperties().getOrDefault(NATURAL_WIDTH, column.getPrefWidth());
        }
        boolean roomy = tableWidth >= natural + 24;
        boolean constrained = table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (roomy && !constrained) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        } else if (!roomy && constrained) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            for (TableColumn<CaseSummary, ?> column : table.getColumns()) {
                column.setPrefWidth((double) column.getProperties().getOrDefault(NATURAL_WIDTH, column.getPrefWidth()));
            }
        }
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, oldValue, newValue) -> {
            if (!syncingSelection) {
                viewModel.select(newValue);
            }
        });
        // the table drops its selection when the rows are replaced: put it back from the view model
        table.getItems().addListener((ListChangeListener<CaseSummary>) change -> reselect());
        viewModel.selectedSummaryProperty().addListener((obs, oldValue, newValue) -> reselect());
    }

    private void reselect() {
        CaseSummary wanted = viewModel.selectedSummaryProperty().get();
        if (wanted == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncingSelection = true;
        try {
            if (wanted == null) {
                table.getSelectionModel().clearSelection();
            } else {
                int index = indexOf(wanted.caseNo());
                if (index >= 0) {
                    table.getSelectionModel().clearAndSelect(index);
                } else {
                    table.getSelectionModel().clearSelection();
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private int indexOf(String caseNo) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).caseNo().equals(caseNo)) {
                return i;
            }
        }
        return -1;
    }

    public TextField searchField() {
        return searchField;
    }

    public TableView<CaseSummary> table() {
        return table;
    }

    /** The detail pane (id {@code caseDetailPane}). */
    public StackPane detailPane() {
        return detail;
    }

    /** A state shown as a small coloured badge. */
    private static final class StateCell extends TableCell<CaseSummary, CaseState> {
        @Override
        protected void updateItem(CaseState item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                setGraphic(StateBadges.badge(item));
            }
        }
    }
}
