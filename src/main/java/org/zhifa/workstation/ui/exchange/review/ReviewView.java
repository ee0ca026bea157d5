package org.zhifa.workstation.ui.exchange.review;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.county.ReviewQueueService.BundledDocument;
import org.zhifa.workstation.exchange.county.ReviewQueueService.ReviewItem;
import org.zhifa.workstation.ui.exchange.Columns;
import org.zhifa.workstation.ui.exchange.queue.ReviewQueueViewModel;

/**
 * The review screen: on the left the bundled case read-only (case data, the actions as a timeline, the documents,
 * the evidence with images shown, the automatic checks, what changed since the previous version); on the right the
 * opinion form.
 */
public final class ReviewView extends BorderPane {
    private final ReviewViewModel vm;
    private final VBox content = new VBox(14);
    private final Label heading = new Label();
    private final ListView<BundledDocument> documents = new ListView<>();
    private final VBox pointRows = new VBox(6);

    public ReviewView(ReviewViewModel vm, Runnable onBack) {
        this.vm = vm;
        setId("reviewScreen");
        setPadding(new Insets(12, 0, 0, 0));
        Button back = new Button(Texts.tr("ui.review.back"));
        back.setId("reviewBack");
        back.setOnAction(e -> onBack.run());
        heading.setId("reviewHeading");
        heading.getStyleClass().add("page-title");
        HBox top = new HBox(12, back, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        documents.setId("reviewDocuments");
        documents.setPrefHeight(180);
        documents.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BundledDocument d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.title());
            }
        });
        documents.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && documents.getSelectionModel().getSelectedItem() != null) {
                vm.show(documents.getSelectionModel().getSelectedItem());
            }
        });
        content.setId("reviewContent");
        content.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setRight(opinionForm());
        vm.itemProperty().addListener((obs, old, item) -> show(item));
        vm.points().addListener((javafx.collections.ListChangeListener<javafx.beans.property.StringProperty>) c -> showPoints());
        show(vm.itemProperty().get());
        showPoints();
    }

    private void show(ReviewItem item) {
        if (item == null) {
            heading.setText("");
            content.getChildren().clear();
            return;
        }
        ReviewQueueService.QueueItem q = item.item();
        heading.setText(Texts.tr("ui.review.heading", q.caseNo(), ReviewQueueViewModel.township(q), q.caseRevision(),
                q.due().date(), ReviewQueueService.label(q.status())));
        CaseRecord c = item.record();
        Party p = c.party();
        VBox facts = new VBox(4,
                line(Texts.tr("ui.review.cause", c.cause())),
                line(Texts.tr("ui.review.party", p == null ? "" : p.name(),
                        p == null ? "" : p.idNumber() != null ? p.idNumber() : p.creditCode() == null ? "" : p.creditCode(),
                        p == null || p.address() == null ? "" : p.address())),
                line(Texts.tr("ui.review.matter", c.matter() == null ? Texts.tr("ui.review.none") : c.matter().name())),
                line(Texts.tr("ui.review.act", c.actDate() == null ? "" : c.actDate().toString(),
                        c.actPlace() == null ? "" : c.actPlace())),
                line(Texts.tr("ui.review.facts", c.facts() == null ? "" : c.facts())),
                line(Texts.tr("ui.review.state", Texts.label(c.state()))));
        documents.getItems().setAll(item.documents().stream().filter(BundledDocument::pdf).toList());
        Button openDocument = new Button(Texts.tr("ui.review.openDocument"));
        openDocument.setId("reviewOpenDocument");
        openDocument.disableProperty().bind(documents.getSelectionModel().selectedItemProperty().isNull());
        openDocument.setOnAction(e -> vm.show(documents.getSelectionModel().getSelectedItem()));
        content.getChildren().setAll(
                section(Texts.tr("ui.review.caseData"), facts),
                section(Texts.tr("ui.review.timeline"), lines("reviewTimeline", vm.timeline())),
                section(Texts.tr("ui.review.documents"), new VBox(6, documents.getItems().isEmpty()
                        ? line(Texts.tr("ui.review.noDocuments")) : documents, openDocument)),
                section(Texts.tr("ui.review.evidence"), evidence()),
                section(Texts.tr("ui.review.checks"), lines("reviewFindings", vm.findings())),
                section(Texts.tr("ui.review.changes"), lines("reviewChanges", vm.changes().isEmpty()
                        ? List.of(Texts.tr("ui.review.firstVersion")) : vm.changes())));
    }

    private Node evidence() {
        FlowPane pane = new FlowPane(10, 10);
        pane.setId("reviewEvidence");
        List<ReviewViewModel.EvidenceEntry> entries = vm.evidence();
        if (entries.isEmpty()) {
            return line(Texts.tr("ui.review.noEvidence"));
        }
        for (ReviewViewModel.EvidenceEntry e : entries) {
            VBox box = new VBox(4);
            if (e.image() && e.file().isPresent()) {
                ImageView image = new ImageView(new Image(e.file().get().toUri().toString(), 220, 160, true, true, true));
                image.getStyleClass().add("evidence-image");
                box.getChildren().add(image);
            }
            Label title = line(e.title());
            title.setMaxWidth(220);
            Button open = new Button(Texts.tr("ui.review.openFile"));
            open.setDisable(e.file().isEmpty());
            open.setOnAction(a -> vm.show(e));
            box.getChildren().addAll(title, open);
            pane.getChildren().add(box);
        }
        return pane;
    }

    private Node opinionForm() {
        Label title = new Label(Texts.tr("ui.review.opinion"));
        title.getStyleClass().add("section-title");
        ToggleGroup group = new ToggleGroup();
        HBox conclusions = new HBox(12);
        for (ReviewConclusion c : ReviewConclusion.values()) {
            RadioButton r = new RadioButton(Texts.label(c));
            r.setId("conclusion" + c.name());
            r.setUserData(c);
            r.setToggleGroup(group);
            conclusions.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((obs, old, t) ->
                vm.conclusionProperty().set(t == null ? null : (ReviewConclusion) t.getUserData()));
        vm.conclusionProperty().addListener((obs, old, c) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == c)));
        Button add = new Button(Texts.tr("ui.review.addPoint"));
        add.setId("reviewAddPoint");
        add.setOnAction(e -> vm.addPoint());
        TextArea basis = new TextArea();
        basis.setId("reviewLegalBasis");
        basis.setPrefRowCount(3);
        basis.setWrapText(true);
        basis.setPromptText(Texts.tr("ui.review.legalBasisPrompt"));
        basis.textProperty().bindBidirectional(vm.legalBasisProperty());
        Button write = new Button(Texts.tr("ui.review.write"));
        write.setId("reviewWrite");
        write.getStyleClass().add("primary-button");
        write.setMaxWidth(Double.MAX_VALUE);
        write.setOnAction(e -> vm.chooseAndWriteOpinion());
        Label written = new Label();
        written.setId("reviewWritten");
        written.setWrapText(true);
        written.getStyleClass().add("muted");
        written.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path p = vm.writtenProperty().get();
            return p == null ? "" : Texts.tr("ui.review.writtenTo", p);
        }, vm.writtenProperty()));
        VBox form = new VBox(10, title, line(Texts.tr("ui.review.conclusion")), conclusions,
                line(Texts.tr("ui.review.points")), pointRows, add, line(Texts.tr("ui.review.legalBasis")), basis,
                write, written);
        form.setId("reviewOpinionForm");
        form.setPadding(new Insets(0, 0, 0, 14));
        form.setPrefWidth(360);
        form.setMinWidth(300);
        return form;
    }

    private void showPoints() {
        pointRows.getChildren().clear();
        for (int i = 0; i < vm.points().size(); i++) {
            int index = i;
            Label number = new Label((i + 1) + ".");
            number.setMinWidth(22);
            TextField text = new TextField();
            text.setId("reviewPoint" + (i + 1));
            text.textProperty().bindBidirectional(vm.points().get(i));
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(Texts.tr("ui.review.removePoint"));
            remove.setId("reviewRemovePoint" + (i + 1));
            remove.setOnAction(e -> vm.removePoint(index));
            HBox row = new HBox(6, number, text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            pointRows.getChildren().add(row);
        }
    }

    private static VBox section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        return new VBox(6, t, body);
    }

    private static Node lines(String id, List<String> lines) {
        VBox box = new VBox(3);
        box.setId(id);
        for (String l : lines) {
            Label label = line(l);
            if (l.startsWith(Texts.tr("ui.review.veto"))) {
                label.setStyle(Columns.ALERT_STYLE);
            }
            box.getChildren().add(label);
        }
        return box;
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    public ListView<BundledDocument> documentList() {
        return documents;
    }
}
