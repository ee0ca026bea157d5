package org.zhifa.workstation.ui.preview;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.slf4j.LoggerFactory;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.task.BackgroundExecutor;
import org.zhifa.workstation.ui.task.BackgroundJob;

/**
 * Shows the pages of a PDF: page x of N with 上一页 / 下一页, zoom 适合宽度 or 100%. The pages are rendered to images
 * by PDFBox in the background (never on the JavaFX thread), one at a time as they are shown, and kept while the
 * same PDF is shown. Ids start with "pdfPreview".
 */
public final class PdfPreviewPane extends BorderPane {
    /** The resolution pages are rendered at: twice the screen's 72 dpi of a PDF point, sharp at 100%. */
    static final float RENDER_DPI = 144;
    /** Screen pixels per inch at 100%. */
    private static final double SCREEN_DPI = 96;

    /** How large the page shows. */
    public enum Zoom { FIT_WIDTH, ACTUAL_SIZE }

    private final BackgroundExecutor executor;
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount", 0);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.FIT_WIDTH);
    private final Map<Integer, Image> rendered = new HashMap<>();
    private final ImageView view = new ImageView();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label empty = new Label();
    private PdfPages pages;
    private BackgroundJob job = BackgroundJob.done();
    private long generation;

    public PdfPreviewPane(BackgroundExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        setId("pdfPreview");
        getStyleClass().add("pdf-preview");

        Button previous = new Button(Texts.tr("preview.previous"));
        previous.setId("pdfPreviewPrevious");
        previous.disableProperty().bind(pageIndex.lessThanOrEqualTo(0));
        previous.setOnAction(e -> goTo(pageIndex.get() - 1));
        Button next = new Button(Texts.tr("preview.next"));
        next.setId("pdfPreviewNext");
        next.disableProperty().bind(pageIndex.greaterThanOrEqualTo(pageCount.subtract(1)));
        next.setOnAction(e -> goTo(pageIndex.get() + 1));
        Label position = new Label();
        position.setId("pdfPreviewPosition");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : Texts.tr("preview.position", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount));
        ToggleGroup zooms = new ToggleGroup();
        ToggleButton fit = zoomButton("pdfPreviewFitWidth", Texts.tr("preview.zoom.fitWidth"), Zoom.FIT_WIDTH, zooms);
        ToggleButton actual = zoomButton("pdfPreviewActualSize", Texts.tr("preview.zoom.actual"), Zoom.ACTUAL_SIZE, zooms);
        fit.setSelected(true);
        zoom.addListener((obs, old, now) -> (now == Zoom.ACTUAL_SIZE ? actual : fit).setSelected(true));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, position, next, grow, fit, actual);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("pdf-preview-bar");
        bar.disableProperty().bind(pageCount.isEqualTo(0));
        setTop(bar);

        view.setId("pdfPreviewPage");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(image);
        busy.setMaxSize(48, 48);
        busy.setVisible(false);
        empty.getStyleClass().add("muted");
        StackPane page = new StackPane(view, busy, empty);
        page.setPadding(new Insets(12));
        page.getStyleClass().add("pdf-preview-page");
        // the sheet stands out on a grey desk
        page.setStyle("-fx-background-color: #e6eaf0;");
        view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("pdfPreviewScroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Image shown = image.get();
            if (shown == null) {
                return 0.0;
            }
            return zoom.get() == Zoom.ACTUAL_SIZE ? shown.getWidth() * SCREEN_DPI / RENDER_DPI
                    : Math.max(50, scroll.getViewportBounds().getWidth() - 28);
        }, image, zoom, scroll.viewportBoundsProperty()));
        setCenter(scroll);
    }

    private ToggleButton zoomButton(String id, String text, Zoom value, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            zoom.set(value);
            button.setSelected(true);
        });
        return button;
    }

    /** Shows the PDF from its first page (replacing what was shown). */
    public void show(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        clear();
        long gen = generation;
        busy.setVisible(true);
        job = executor.submit(() -> {
            PdfPages opened = PdfPages.open(pdf);
            return new Opened(opened, opened.count(), opened.count() == 0 ? null : toImage(opened, 0));
        }, opened -> {
            if (gen != generation) {
                release(opened.pages());
                return;
            }
            busy.setVisible(false);
            pages = opened.pages();
            pageCount.set(opened.count());
            pageIndex.set(0);
            if (opened.first() != null) {
                rendered.put(0, opened.first());
            }
            image.set(opened.first());
        }, failure -> failed(gen, failure));
    }

    /** Shows nothing; the rendered pages are let go. */
    public void clear() {
        generation++;
        job.cancel();
        release(pages);
        pages = null;
        rendered.clear();
        pageCount.set(0);
        pageIndex.set(0);
        image.set(null);
        busy.setVisible(false);
        empty.setText("");
    }

    /** Shows the page (0-based), rendering it first when needed. */
    public void goTo(int index) {
        if (pages == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        Image known = rendered.get(index);
        if (known != null) {
            image.set(known);
            return;
        }
        long gen = generation;
        PdfPages source = pages;
        busy.setVisible(true);
        job.cancel();
        job = executor.submit(() -> toImage(source, index), page -> {
            if (gen != generation) {
                return;
            }
            busy.setVisible(false);
            rendered.put(index, page);
            if (pageIndex.get() == index) {
                image.set(page);
            }
        }, failure -> failed(gen, failure));
    }

    private void failed(long gen, Throwable failure) {
        if (gen != generation) {
            return;
        }
        LoggerFactory.getLogger(PdfPreviewPane.class).error("preview failed", failure);
        busy.setVisible(false);
        image.set(null);
        empty.setText(Texts.tr("preview.error.render"));
    }

    private static Image toImage(PdfPages source, int index) throws java.io.IOException {
        return SwingFXUtils.toFXImage(source.render(index, RENDER_DPI), null);
    }

    /** Closes the PDF in the background (a page may still be rendering). */
    private void release(PdfPages old) {
        if (old != null) {
            executor.submit(() -> {
                old.close();
                return null;
            }, x -> { }, x -> { });
        }
    }

    private record Opened(PdfPages pages, int count, Image first) {
    }

    /** The number of pages of the PDF shown (0 while none is). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    /** The image of the page shown (null while it renders). */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image;
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }
}
