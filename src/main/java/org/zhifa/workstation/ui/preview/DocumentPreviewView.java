package org.zhifa.workstation.ui.preview;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.print.ProgressPanel;

/**
 * The preview of a document, shown over the case page like a dialog: the title and 文号, the pages, and 保存为PDF,
 * 保存为Word, 打印 and 关闭. Ids start with "preview".
 */
public final class DocumentPreviewView extends BorderPane {
    private final DocumentPreviewViewModel vm;
    private final PdfPreviewPane pages;

    public DocumentPreviewView(DocumentPreviewViewModel vm, Runnable onClose) {
        this.vm = vm;
        setId("documentPreview");
        getStyleClass().addAll("form-panel", "document-preview");
        pages = new PdfPreviewPane(vm.executor());

        Label title = new Label();
        title.setId("previewTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Button savePdf = new Button(Texts.tr("preview.savePdf"));
        savePdf.setId("previewSavePdf");
        savePdf.setOnAction(e -> vm.save(DocumentFormat.PDF));
        Button saveWord = new Button(Texts.tr("preview.saveWord"));
        saveWord.setId("previewSaveWord");
        saveWord.setOnAction(e -> vm.save(DocumentFormat.DOCX));
        Button print = new Button(Texts.tr("preview.print"));
        print.setId("previewPrint");
        print.getStyleClass().add("primary-button");
        print.setOnAction(e -> vm.print());
        for (Button b : new Button[] {savePdf, saveWord, print}) {
            b.disableProperty().bind(vm.renderedProperty().isNull().or(vm.progress().runningProperty()));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button close = new Button(Texts.tr("preview.close"));
        close.setId("previewClose");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, savePdf, saveWord, print, close);
        head.setAlignment(Pos.CENTER_LEFT);

        Label problem = shownWhenSet("previewProblem", "field-problem", vm.problemProperty());
        Label loading = new Label(Texts.tr("preview.loading"));
        loading.setId("previewLoading");
        loading.getStyleClass().add("muted");
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        VBox top = new VBox(8, head, loading, problem);
        top.getStyleClass().add("form-header");
        setTop(top);
        setCenter(pages);

        Label status = shownWhenSet("previewStatus", "muted", vm.statusProperty());
        VBox bottom = new VBox(6, new ProgressPanel("previewProgress", vm.progress()), status);
        bottom.setPadding(new Insets(8, 16, 12, 16));
        setBottom(bottom);

        vm.renderedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                pages.clear();
            } else {
                pages.show(now.bytes());
            }
        });
        if (vm.renderedProperty().get() != null) {
            pages.show(vm.renderedProperty().get().bytes());
        }
    }

    /** A line that shows the text, and takes no room while the text is empty. */
    private static Label shownWhenSet(String id, String styleClass, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Stops the work under way and lets the pages go (the preview is closed). */
    public void dispose() {
        vm.close();
        pages.clear();
    }

    /** The pages shown. */
    public PdfPreviewPane pages() {
        return pages;
    }
}
