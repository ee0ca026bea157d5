package org.zhifa.workstation.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.fxRun;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleReader;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.bundle.VerifiedBundle;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueItem;
import org.zhifa.workstation.ui.main.MainWindow;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.Snapshots;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/**
 * The 交换 page of the county's 法制审核员: a folder of case bundles from a township installation is imported into
 * the queue (sorted by audit score), a hostile file is refused in Chinese without changing the queue, and the review
 * screen writes a 补正 opinion with two points into a signed review result. With -Dzhifa.screenshots=DIR the
 * review screen is also saved as DIR/review.png.
 */
class ReviewScreensTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private ExchangeFixture fixture;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void queueImportsAFolderRefusesAHostileFileAndTheReviewScreenWritesTheOpinion() throws Exception {
        fixture = new ExchangeFixture(root);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<Path> shown = new ArrayList<>();
        FxToolkit.registerPrimaryStage();
        ExchangePageView page = fx(() -> new ExchangePageView(fixture.county.exchange(), ExchangeFixture.reviewer(),
                new ExchangeTasks(new SynchronousBackgroundExecutor(), dialogs), (file, type) -> shown.add(file),
                () -> TODAY, () -> 10));
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(page, 1280, 800);
            scene.getStylesheets().setAll(MainWindow.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        waitUntil("the queue", () -> robot.lookup("#queueImportFolder").tryQuery().isPresent());
        assertThat(fx(() -> page.lookupAll(".tab").size())).as("a reviewer sees the queue and the keys").isEqualTo(2);

        dialogs.answerFolder(fixture.inbox);
        robot.clickOn("#queueImportFolder");
        TableView<QueueItem> table = robot.lookup("#queueTable").query();
        waitUntil("queue rows", () -> table.getItems().size() == fixture.submitted.size());
        List<BigDecimal> scores = fx(() -> table.getItems().stream().map(QueueItem::auditScore).toList());
        assertThat(scores).doesNotContainNull().isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(dialogs.errors()).isEmpty();

        List<QueueItem> before = fx(() -> List.copyOf(table.getItems()));
        Path hostile = root.resolve("hostile");
        Files.createDirectories(hostile);
        byte[] good = Files.readAllBytes(fixture.inbox.resolve(fixture.submitted.getFirst() + ".zip"));
        Path truncated = Files.write(hostile.resolve("截断.zip"), java.util.Arrays.copyOf(good, good.length / 2));
        dialogs.answerFile(truncated);
        robot.clickOn("#queueImportFile");
        waitUntil("the refusal", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().getFirst().message()).contains("未作任何更改");
        assertThat(DemoData.isChinese(dialogs.errors().getFirst().message())).isTrue();
        robot.clickOn("#queueRefresh");
        assertThat(fx(() -> List.copyOf(table.getItems()))).containsExactlyElementsOf(before);

        // the review screen
        fxRun(() -> table.getSelectionModel().select(0));
        robot.clickOn("#queueOpen");
        waitUntil("the review screen", () -> robot.lookup("#reviewScreen").tryQuery().map(n -> n.getScene() != null).orElse(false));
        QueueItem first = before.getFirst();
        assertThat(fx(() -> robot.lookup("#reviewHeading").<javafx.scene.control.Label>query().getText())).contains(first.caseNo());
        assertThat(fx(() -> page.reviewView().documentList().getItems().size())).isPositive();
        assertThat(fx(() -> robot.lookup("#reviewTimeline").<javafx.scene.layout.VBox>query().getChildren().size()))
                .isEqualTo(page.review().itemProperty().get().record().actions().size());
        assertThat(fx(() -> robot.lookup("#reviewFindings").<javafx.scene.layout.VBox>query().getChildren().isEmpty())).isFalse();
        fxRun(() -> page.reviewView().documentList().getSelectionModel().select(0));
        org.zhifa.workstation.ui.support.FxTest.scrollIntoView(robot.lookup("#reviewOpenDocument").query());
        robot.clickOn("#reviewOpenDocument");
        assertThat(shown).singleElement().satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());

        robot.clickOn("#conclusionSUPPLEMENT");
        robot.clickOn("#reviewPoint1").write("补充采砂数量的测量记录");
        robot.clickOn("#reviewAddPoint");
        waitUntil("the second point", () -> robot.lookup("#reviewPoint2").tryQuery().isPresent());
        fxRun(() -> robot.lookup("#reviewPoint2").<TextField>query().setText("核实违法所得的计算依据"));
        fxRun(() -> robot.lookup("#reviewLegalBasis").<javafx.scene.control.TextArea>query()
                .setText("《中华人民共和国行政处罚法》第五十八条"));
        String screenshots = System.getProperty("zhifa.screenshots");
        if (screenshots != null && !screenshots.isBlank()) {
            Snapshots.write(fx(page::getScene), Path.of(screenshots).resolve("review.png"));
        }
        Path out = root.resolve("result.zip");
        dialogs.answerSaveAs(out);
        robot.clickOn("#reviewWrite");
        waitUntil("the result file", () -> Files.isRegularFile(out));
        assertThat(dialogs.errors()).hasSize(1);

        VerifiedBundle result = new BundleReader(ExchangeLimits.defaults(), fixture.township.exchange().keys().signerKeys())
                .verify(out);
        assertThat(result.manifest().kind()).isEqualTo(BundleKind.REVIEW_RESULT);
        assertThat(result.manifest().caseNo()).isEqualTo(first.caseNo());
        assertThat(new String(result.json("opinion.json").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("SUPPLEMENT").contains("补充采砂数量的测量记录").contains("核实违法所得的计算依据");
        assertThat(result.manifest().entries()).anyMatch(e -> e.path().contains("REVIEW_OPINION") && e.path().endsWith(".pdf"));
        waitUntil("the written note", () -> !robot.lookup("#reviewWritten").<javafx.scene.control.Label>query().getText().isEmpty());
    }
}
