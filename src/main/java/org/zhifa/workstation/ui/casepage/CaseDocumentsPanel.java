package org.zhifa.workstation.ui.casepage;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.documents.fields.DocumentInstance;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.print.ProgressPanel;

/**
 * The 文书 of the case page: 打印卷宗 and 打印所选 with their progress, then each document the case can produce with a
 * tick, 预览 and 打印. Ids: {@code docRow-TYPE-N}, {@code docSelect-TYPE-N}, {@code docPreview-TYPE-N},
 * {@code docPrint-TYPE-N} (N the occurrence), {@code printCaseFile}, {@code printSelected}, {@code caseDocsProgress…}.
 */
final class CaseDocumentsPanel extends VBox {
    private final CaseDocumentsViewModel vm;
    private final Consumer<DocumentInstance> onPreview;
    private final VBox rows = new VBox(4);

    CaseDocumentsPanel(CaseDocumentsViewModel vm, Consumer<DocumentInstance> onPreview) {
        super(10);
        this.vm = vm;
        this.onPreview = onPreview;
        setId("caseDocuments");
        rows.setId("caseDocumentRows");
        Button caseFile = new Button(Texts.tr("caseDocs.printCaseFile"));
        caseFile.setId("printCaseFile");
        caseFile.setMinWidth(Region.USE_PREF_SIZE);
        caseFile.disableProperty().bind(vm.progress().runningProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(vm.available())));
        caseFile.setOnAction(e -> vm.printCaseFile(outcome -> { }));
        Label hint = new Label(Texts.tr("caseDocs.caseFileHint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button selection = new Button(Texts.tr("caseDocs.printSelected"));
        selection.setId("printSelected");
        selection.setMinWidth(Region.USE_PREF_SIZE);
        selection.disableProperty().bind(vm.progress().runningProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(vm.selected())));
        selection.setOnAction(e -> vm.printSelected());
        HBox caseFileRow = new HBox(10, caseFile, selection, hint);
        caseFileRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(caseFileRow, new ProgressPanel("caseDocsProgress", vm.progress()), rows);
        vm.available().addListener((ListChangeListener<DocumentInstance>) c -> showRows());
        showRows();
    }

    private void showRows() {
        rows.getChildren().clear();
        if (vm.available().isEmpty()) {
            Label none = new Label(Texts.tr("caseDocs.none"));
            none.getStyleClass().add("muted");
            rows.getChildren().add(none);
            return;
        }
        for (DocumentInstance d : vm.available()) {
            rows.getChildren().add(row(d));
        }
    }

    private Node row(DocumentInstance d) {
        String key = d.type().name() + "-" + d.occurrence();
        Label title = new Label(d.title() != null ? d.title() : d.type().title());
        title.setWrapText(true);
        title.setMinWidth(0);
        Label date = new Label(d.date() == null ? "" : d.date().toString());
        date.getStyleClass().add("muted");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button preview = new Button(Texts.tr("caseDocs.preview"));
        preview.setId("docPreview-" + key);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        preview.setOnAction(e -> onPreview.accept(d));
        Button print = new Button(Texts.tr("caseDocs.print"));
        print.setId("docPrint-" + key);
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(vm.progress().runningProperty());
        print.setOnAction(e -> vm.print(d));
        CheckBox tick = new CheckBox();
        tick.setId("docSelect-" + key);
        tick.setSelected(vm.selected().contains(d));
        tick.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.selected().add(d);
            } else {
                vm.selected().remove(d);
            }
        });
        HBox row = new HBox(8, tick, title, grow, date, preview, print);
        row.setId("docRow-" + key);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("document-row");
        return row;
    }
}
