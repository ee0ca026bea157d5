package org.zhifa.workstation.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.Evidence;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.ui.support.FxTest;
import org.zhifa.workstation.ui.support.Gui;

/** Every step has a form; evidence files are stored with thumbnails; the generic form works and says so. */
class StepFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String INVESTIGATING = "BD-2026-0008";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    private FxTest.Started app;
    private Gui gui;

    @BeforeEach
    void start() throws Exception {
        app = FxTest.startLoggedIn(dataDir, "o02", FxTest.fixedClock(TODAY));
        gui = new Gui(robot, app);
        fxRun(() -> app.window().viewModel().openCase(INVESTIGATING));
        gui.waitForCasePage(INVESTIGATING);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyActionTypeHasAFormAndOnlyTheRareOnesAreGeneric() {
        List<ActionType> generic = new ArrayList<>();
        for (ActionType type : ActionType.values()) {
            StepForm form = fx(() -> {
                StepForm f = StepForms.create(type, app.window().viewModel().casePage().formContext(null));
                f.content();
                f.problems();
                return f;
            });
            assertThat(form.type()).isEqualTo(type);
            if (form.generic()) {
                generic.add(type);
            }
        }
        assertThat(generic).doesNotContain(ActionType.FILE, ActionType.RECORD, ActionType.EVIDENCE_ADDED,
                ActionType.CORRECTION_ORDERED, ActionType.INVESTIGATION_CONCLUDED, ActionType.REVIEW_SUBMITTED,
                ActionType.REVIEW_OPINION, ActionType.DELIBERATED, ActionType.NOTICE_SERVED,
                ActionType.REPRESENTATION_HEARD, ActionType.REPRESENTATION_WAIVED, ActionType.HEARING_REQUESTED,
                ActionType.HEARING_SCHEDULED, ActionType.HEARING_HELD, ActionType.HEARING_WAIVED, ActionType.DECIDED,
                ActionType.NO_PENALTY_DECIDED, ActionType.DECISION_SERVED, ActionType.PAYMENT_RECORDED,
                ActionType.CLOSED, ActionType.ARCHIVED, ActionType.TRANSFER, ActionType.WITHDRAWN,
                ActionType.ON_SITE_DECIDED);
        assertThat(generic).contains(ActionType.SUSPENDED, ActionType.PRESERVATION_ORDERED, ActionType.CHALLENGE_FILED);
    }

    @Test
    void droppedFilesAreStoredAndPhotosShowAsThumbnails() throws Exception {
        Path photo = files.resolve("现场照片.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ImageIO.write(image, "png", photo.toFile());
        Path scan = files.resolve("营业执照复印件.pdf");
        Files.writeString(scan, "%PDF-1.4 scan");

        gui.openStep(ActionType.EVIDENCE_ADDED);
        EvidenceForm form = (EvidenceForm) gui.casePage().formPanel().form();
        fxRun(() -> form.addFiles(List.of(photo, scan)));
        waitUntil("two thumbnails", () -> robot.lookup("#evidenceThumbnails .thumbnail").queryAll().size() == 2);
        assertThat(fx(() -> robot.lookup("#evidenceThumbnails .thumbnail").queryAll().stream()
                .filter(n -> !robot.from(n).lookup((Node x) -> x instanceof ImageView).queryAll().isEmpty()).count()))
                .isEqualTo(1L);
        // 视听资料 asks for the 全过程记录 metadata; other kinds do not
        assertThat(fx(() -> robot.lookup("#evidenceRecording").query().isVisible())).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<EvidenceKind> kind = (ComboBox<EvidenceKind>) gui.node("#field-evidenceKind");
        fxRun(() -> kind.setValue(EvidenceKind.AUDIO_VISUAL));
        assertThat(fx(() -> robot.lookup("#evidenceRecording").query().isVisible())).isTrue();
        assertThat(fx(() -> ((javafx.scene.control.TextField) robot.lookup("#field-certificateNumber").query()).getText()))
                .isEqualTo("浙33118100102");
        fxRun(() -> kind.setValue(EvidenceKind.DOCUMENTARY));

        gui.date("#formDate", TODAY);
        gui.text("#field-title", "现场取证材料");
        gui.text("#field-proves", "当事人使用不合格燃气器具");
        gui.submitAndWaitSaved(ActionType.EVIDENCE_ADDED);
        assertThat(gui.label("#casePageSavedText")).contains("2");

        List<Evidence> evidence = app.workstation().cases().find(INVESTIGATING).orElseThrow().evidence();
        List<Evidence> added = evidence.subList(evidence.size() - 2, evidence.size());
        assertThat(added).extracting(Evidence::fileName).containsExactly("现场照片.png", "营业执照复印件.pdf");
        assertThat(added).extracting(Evidence::title).containsExactly("现场取证材料（1/2）", "现场取证材料（2/2）");
        for (Evidence e : added) {
            assertThat(e.sha256()).hasSize(64);
            assertThat(app.workstation().evidenceFiles().open(e.sha256())).isPresent();
            assertThat(app.workstation().evidenceFiles().intact(e.sha256())).isTrue();
        }
    }

    @Test
    void theGenericFormSaysSoAndStoresTheStep() {
        gui.openStep(ActionType.SUSPENDED);
        assertThat(fx(() -> robot.lookup("#formGenericNote").query().isVisible())).isTrue();
        gui.date("#formDate", TODAY);
        gui.text("#field-reason", "当事人因病住院，暂时无法接受询问");
        gui.submitAndWaitSaved(ActionType.SUSPENDED);
        assertThat(gui.state()).isEqualTo(org.zhifa.workstation.domain.text.Texts.label(CaseState.SUSPENDED));
    }

    @Test
    void missingFieldsAreNamedBeforeAnythingIsSent() {
        gui.openStep(ActionType.CORRECTION_ORDERED);
        gui.text("#field-requirements", "");
        gui.click("#formSubmit");
        waitUntil("problems", () -> robot.lookup("#formProblems").query().isVisible());
        assertThat(fx(() -> ((org.zhifa.workstation.ui.widgets.ViolationList) robot.lookup("#formProblems").query()).allText()))
                .contains("请填写：改正要求");
        assertThat(gui.casePage().formPanel()).isNotNull();
        gui.click("#formCancel");
        waitUntil("closed", () -> gui.casePage().formPanel() == null);
    }
}
