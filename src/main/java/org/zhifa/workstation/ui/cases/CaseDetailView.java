package org.zhifa.workstation.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.text.Texts;

/** The selected case, read-only: basic data, party, matter, officers, history and evidence. */
public final class CaseDetailView extends StackPane {
    private final CaseListViewModel viewModel;
    private final Clock clock;
    private final VBox emptyState;
    private final VBox loadingState;
    private final ScrollPane scroll = new ScrollPane();

    public CaseDetailView(CaseListViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        setId("caseDetailPane");
        getStyleClass().add("case-detail");
        setMinWidth(380);

        Label emptyTitle = new Label(Texts.tr("ui.detail.empty"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyHint = new Label(Texts.tr("ui.detail.emptyHint"));
        emptyHint.getStyleClass().add("muted");
        emptyHint.setWrapText(true);
        emptyState = new VBox(8, emptyTitle, emptyHint);
        emptyState.setId("caseDetailEmpty");
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setMaxWidth(360);
        emptyState.getStyleClass().add("empty-state");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        loadingState = new VBox(10, progress, new Label(Texts.tr("ui.detail.loading")));
        loadingState.setAlignment(Pos.CENTER);
        loadingState.setId("caseDetailLoading");

        scroll.setId("caseDetailScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("detail-scroll");

        getChildren().addAll(emptyState, scroll, loadingState);
        viewModel.selectedCaseProperty().addListener((obs, oldValue, newValue) -> show(newValue));
        viewModel.detailLoadingProperty().addListener((obs, oldValue, newValue) -> loadingState.setVisible(newValue));
        loadingState.setVisible(viewModel.detailLoadingProperty().get());
        show(viewModel.selectedCaseProperty().get());
    }

    private void show(CaseRecord record) {
        emptyState.setVisible(record == null);
        scroll.setVisible(record != null);
        scroll.setContent(record == null ? null : content(record));
        scroll.setVvalue(0);
    }

    private VBox content(CaseRecord c) {
        VBox box = new VBox(14, CaseSections.header(c));
        box.getChildren().addAll(CaseSections.all(c, code -> viewModel.officerName(code), LocalDate.now(clock)));
        box.setPadding(new Insets(16, 18, 24, 18));
        box.getStyleClass().add("detail-content");
        return box;
    }
}
