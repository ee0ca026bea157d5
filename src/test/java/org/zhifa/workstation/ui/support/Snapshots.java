package org.zhifa.workstation.ui.support;

import static org.zhifa.workstation.ui.support.FxTest.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of a scene as it is drawn now. */
public final class Snapshots {
    private Snapshots() {
    }

    public static Path write(Scene scene, Path out) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(out.toAbsolutePath().getParent());
        if (!ImageIO.write(png, "png", out.toFile())) {
            throw new IOException("no PNG writer");
        }
        return out;
    }
}
