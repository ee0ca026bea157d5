package org.zhifa.workstation.ui.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.RecordingMetadata;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.widgets.Controls;
import org.zhifa.workstation.ui.widgets.FormSheet;
import org.zhifa.workstation.ui.widgets.OfficerPicker;

/**
 * 收集证据: the kind (Art 46), a title, what it proves, and the files — dragged onto the form or chosen — kept in
 * the evidence store under their SHA-256; photos show as thumbnails. Each file becomes one piece of evidence.
 * 视听资料 carry the 全过程记录 metadata (recorder and 执法证号, start and end, place, device, method, 证明对象,
 * transcript).
 */
final class EvidenceForm extends StepForm {
    private static final List<String> IMAGE_SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private final ComboBox<EvidenceKind> kind;
    private final TextField title;
    private final TextArea proves;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final FlowPane thumbnails = new FlowPane(10, 10);
    private final VBox dropZone;
    private final FormSheet recording = new FormSheet();
    private final OfficerPicker recorder;
    private final TextField certificate;
    private final DatePicker startDate;
    private final TextField startTime;
    private final DatePicker endDate;
    private final TextField endTime;
    private final TextField place;
    private final TextField device;
    private final TextField method;
    private final TextArea recordingProves;
    private final TextArea transcript;

    EvidenceForm(FormContext ctx) {
        super(ctx);
        kind = sheet.required(Texts.tr("ui.field.evidenceKind"),
                Controls.choice("field-evidenceKind", List.of(EvidenceKind.values()), Texts::label));
        kind.setValue(EvidenceKind.DOCUMENTARY);
        title = sheet.required(Texts.tr("ui.field.evidenceTitle"), Controls.text("field-title", Texts.tr("ui.field.evidenceTitlePrompt")));
        proves = sheet.row(Texts.tr("ui.field.proves"), Controls.area("field-proves", null, 2));

        Label dropText = new Label(Texts.tr("ui.evidence.dropHere"));
        dropText.getStyleClass().add("drop-text");
        dropText.setWrapText(true);
        Button choose = new Button(Texts.tr("ui.evidence.choose"));
        choose.setId("evidenceChooseFiles");
        choose.setOnAction(e -> chooseFiles());
        thumbnails.setId("evidenceThumbnails");
        dropZone = new VBox(10, dropText, choose, thumbnails);
        dropZone.setId("evidenceDropZone");
        dropZone.getStyleClass().add("drop-zone");
        dropZone.setAlignment(Pos.CENTER);
        dropZone.setOnDragOver(this::dragOver);
        dropZone.setOnDragExited(e -> dropZone.getStyleClass().remove("drop-zone-active"));
        dropZone.setOnDragDropped(this::dropped);
        sheet.row(Texts.tr("ui.evidence.files"), dropZone);
        files.addListener((ListChangeListener<Path>) c -> showThumbnails());

        recorder = new OfficerPicker("field-recorder", ctx.team(), ctx.today(), true);
        certificate = Controls.text("field-certificateNumber", null);
        recorder.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now.certificate() != null) {
                certificate.setText(now.certificate().number());
            }
        });
        recorder.selectCode(ctx.actor());
        startDate = Controls.date("field-recordingStartDate", ctx.today());
        startTime = Controls.time("field-recordingStartTime", "");
        endDate = Controls.date("field-recordingEndDate", ctx.today());
        endTime = Controls.time("field-recordingEndTime", "");
        place = Controls.text("field-recordingPlace", null);
        device = Controls.text("field-device", Texts.tr("ui.evidence.devicePrompt"));
        method = Controls.text("field-method", Texts.tr("ui.evidence.methodPrompt"));
        recordingProves = Controls.area("field-recordingProves", null, 2);
        transcript = Controls.area("field-transcript", null, 3);
        recording.setId("evidenceRecording");
        recording.section(Texts.tr("ui.evidence.recordingTitle"));
        recording.required(Texts.tr("ui.evidence.recorder"), recorder);
        recording.required(Texts.tr("ui.evidence.certificateNumber"), certificate);
        recording.required(Texts.tr("ui.evidence.start"), new HBox(8, startDate, startTime));
        recording.required(Texts.tr("ui.evidence.end"), new HBox(8, endDate, endTime));
        recording.required(Texts.tr("ui.evidence.place"), place);
        recording.required(Texts.tr("ui.evidence.device"), device);
        recording.row(Texts.tr("ui.evidence.method"), method);
        recording.required(Texts.tr("ui.evidence.proves"), recordingProves);
        recording.row(Texts.tr("ui.evidence.transcript"), transcript);
        sheet.full(recording);
        recording.visibleProperty().bind(kind.valueProperty().isEqualTo(EvidenceKind.AUDIO_VISUAL));
        recording.managedProperty().bind(recording.visibleProperty());
    }

    @Override
    public ActionType type() {
        return ActionType.EVIDENCE_ADDED;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!dropZone.getStyleClass().contains("drop-zone-active")) {
                dropZone.getStyleClass().add("drop-zone-active");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            done = true;
        }
        dropZone.getStyleClass().remove("drop-zone-active");
        e.setDropCompleted(done);
        e.consume();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.tr("ui.evidence.choose"));
        var chosen = chooser.showOpenMultipleDialog(dropZone.getScene() == null ? null : dropZone.getScene().getWindow());
        if (chosen != null) {
            addFiles(chosen.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Adds files as if they had been dropped (regular files only, each once). */
    void addFiles(List<Path> paths) {
        for (Path p : paths) {
            if (Files.isRegularFile(p) && !files.contains(p)) {
                files.add(p);
            }
        }
        if (!paths.isEmpty() && title.getText().isBlank() && files.size() == 1) {
            title.setText(stripSuffix(files.getFirst().getFileName().toString()));
        }
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    private static String stripSuffix(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private void showThumbnails() {
        thumbnails.getChildren().clear();
        for (Path p : files) {
            thumbnails.getChildren().add(thumbnail(p));
        }
    }

    private Node thumbnail(Path p) {
        Node picture;
        if (isImage(p)) {
            ImageView view = new ImageView(new Image(p.toUri().toString(), 120, 90, true, true, true));
            view.setFitWidth(120);
            view.setFitHeight(90);
            view.setPreserveRatio(true);
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("thumbnail-frame");
            frame.setPrefSize(124, 94);
            picture = frame;
        } else {
            Label icon = new Label(Texts.tr("ui.evidence.fileIcon"));
            icon.getStyleClass().add("file-icon");
            StackPane frame = new StackPane(icon);
            frame.getStyleClass().add("thumbnail-frame");
            frame.setPrefSize(124, 94);
            picture = frame;
        }
        Label name = new Label(p.getFileName().toString());
        name.getStyleClass().add("thumbnail-name");
        name.setMaxWidth(124);
        Button remove = new Button(Texts.tr("ui.evidence.remove"));
        remove.getStyleClass().add("link-button");
        remove.setOnAction(e -> files.remove(p));
        VBox box = new VBox(4, picture, name, remove);
        box.getStyleClass().add("thumbnail");
        box.setAlignment(Pos.TOP_CENTER);
        box.getProperties().put("path", p);
        return box;
    }

    private boolean audioVisual() {
        return kind.getValue() == EvidenceKind.AUDIO_VISUAL;
    }

    @Override
    public List<String> problems() {
        List<String> p = list();
        needChoice(p, kind, Texts.tr("ui.field.evidenceKind"));
        needText(p, title, Texts.tr("ui.field.evidenceTitle"));
        if (audioVisual()) {
            needChoice(p, recorder, Texts.tr("ui.evidence.recorder"));
            needText(p, certificate, Texts.tr("ui.evidence.certificateNumber"));
            need(p, Controls.dateOf(startDate) != null && Controls.timeOf(startTime) != null, Texts.tr("ui.evidence.start"));
            need(p, Controls.dateOf(endDate) != null && Controls.timeOf(endTime) != null, Texts.tr("ui.evidence.end"));
            needText(p, place, Texts.tr("ui.evidence.place"));
            needText(p, device, Texts.tr("ui.evidence.device"));
            needText(p, recordingProves, Texts.tr("ui.evidence.proves"));
        }
        return p;
    }

    @Override
    public ActionDraft draft(LocalDate date, String actor) {
        EvidenceKind k = kind.getValue();
        String t = value(title);
        String what = value(proves);
        RecordingMetadata meta = audioVisual() ? new RecordingMetadata(recorder.code(), value(certificate),
                at(Controls.dateOf(startDate), Controls.timeOf(startTime)), at(Controls.dateOf(endDate), Controls.timeOf(endTime)),
                value(place), value(device), value(method), value(recordingProves), value(transcript)) : null;
        List<Path> chosen = files();
        return () -> {
            List<CaseAction> actions = new ArrayList<>();
            if (chosen.isEmpty()) {
                actions.add(new AddEvidence(date, actor, k, t, what, null, null, meta));
            }
            int n = 1;
            for (Path p : chosen) {
                String sha = ctx.evidenceFiles().store(p);
                String itemTitle = chosen.size() == 1 ? t : Texts.tr("ui.evidence.numberedTitle", t, n, chosen.size());
                actions.add(new AddEvidence(date, actor, k, itemTitle, what, p.getFileName().toString(), sha, meta));
                n++;
            }
            return actions;
        };
    }

    private static LocalDateTime at(LocalDate d, LocalTime t) {
        return d == null || t == null ? null : LocalDateTime.of(d, t);
    }
}
