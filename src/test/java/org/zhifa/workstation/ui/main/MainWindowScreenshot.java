package org.zhifa.workstation.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.ui.support.FxTest;

/**
 * Writes docs/screenshots/main-window.png: the real main window over the demo township, headless, with the case
 * that has the richest file selected. Opt-in (docs/screenshots/take-screenshot.sh sets -Dzhifa.screenshot=FILE),
 * so ordinary test runs never rewrite the picture.
 */
@EnabledIfSystemProperty(named = "zhifa.screenshot", matches = ".+")
class MainWindowScreenshot {
    @TempDir
    Path dataDir;

    @Test
    void writeScreenshot() throws Exception {
        Path out = Path.of(System.getProperty("zhifa.screenshot")).toAbsolutePath();
        FxRobot robot = new FxRobot();
        try (FxTest.Started app = FxTest.startLoggedIn(dataDir, "o02")) {
            String size = System.getProperty("zhifa.screenshot.size", "");
            if (size.matches("\\d+x\\d+")) {
                String[] wh = size.split("x");
                FxTest.fxRun(() -> {
                    app.window().stage().setWidth(Double.parseDouble(wh[0]));
                    app.window().stage().setHeight(Double.parseDouble(wh[1]));
                });
            }
            waitUntil("the case list is loaded", () -> !robot.lookup("#caseTable").<TableView<?>>query().getItems().isEmpty());
            CaseSummary pick = app.workstation().cases().list(CaseQuery.all()).stream()
                    .max(Comparator.comparingInt((CaseSummary s) -> richness(app, s)).thenComparing(CaseSummary::caseNo))
                    .orElseThrow();
            // wait for the first row to be drawn; scroll only when the picked row is out of sight
            TableView<?> table = robot.lookup("#caseTable").query();
            FxTest.cellShowing(robot, "#caseTable", fx(() -> ((CaseSummary) table.getItems().getFirst()).caseNo()));
            FxTest.fxRun(() -> {
                boolean shown = robot.lookup("#caseTable .table-cell").<javafx.scene.control.Labeled>queryAll().stream()
                        .anyMatch(c -> pick.caseNo().equals(c.getText()));
                if (!shown) {
                    table.getItems().stream().filter(r -> ((CaseSummary) r).caseNo().equals(pick.caseNo())).findFirst()
                            .ifPresent(r -> table.scrollTo(table.getItems().indexOf(r)));
                }
            });
            Node cell = FxTest.cellShowing(robot, "#caseTable", pick.caseNo());
            robot.clickOn(cell);
            waitUntil("detail shows " + pick.caseNo(), () -> robot.lookup("#detailCaseNo").tryQuery()
                    .map(n -> ((Label) n).getText().equals(pick.caseNo())).orElse(false));
            waitUntil("loading indicator gone", () -> !robot.lookup("#caseDetailLoading").query().isVisible());

            WritableImage image = fx(() -> app.window().stage().getScene().snapshot(null));
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Files.createDirectories(out.getParent());
            assertThat(ImageIO.write(png, "png", out.toFile())).isTrue();
            // optional extra pictures of the lower detail sections, for reviewing the layout
            String scrolled = System.getProperty("zhifa.screenshot.scrolled");
            if (scrolled != null && !scrolled.isBlank()) {
                for (double v : new double[] {0.25, 0.5, 0.75, 1.0}) {
                    WritableImage more = fx(() -> {
                        robot.lookup("#caseDetailScroll").<javafx.scene.control.ScrollPane>query().setVvalue(v);
                        app.window().stage().getScene().getRoot().layout();
                        return app.window().stage().getScene().snapshot(null);
                    });
                    ImageIO.write(SwingFXUtils.fromFXImage(more, null), "png",
                            Path.of(scrolled + "-" + (int) (v * 100) + ".png").toFile());
                }
            }
            System.out.println("screenshot written: " + out + " (" + png.getWidth() + "x" + png.getHeight()
                    + ", case " + pick.caseNo() + ")");
        }
    }

    /** How much a case's detail pane has to show: a general-procedure case with history, evidence and a fine. */
    private static int richness(FxTest.Started app, CaseSummary s) {
        CaseRecord r = app.workstation().cases().find(s.caseNo()).orElseThrow();
        return r.events().size() + r.evidence().size() + r.officers().size() + (r.fineAmount() == null ? 0 : 3);
    }
}
