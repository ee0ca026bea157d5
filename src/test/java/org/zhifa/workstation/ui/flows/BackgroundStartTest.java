package org.zhifa.workstation.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.workstation.ui.support.FxTest.fx;
import static org.zhifa.workstation.ui.support.FxTest.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.ui.ServicesOpener;
import org.zhifa.workstation.ui.ZhifaApplication;
import org.zhifa.workstation.ui.support.DemoData;
import org.zhifa.workstation.ui.support.FxTest;

/** The login screen appears before the data is open; login is enabled when the background opening is done. */
class BackgroundStartTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Workstation> opened = new AtomicReference<>();
    private ZhifaApplication app;

    private void start(ServicesOpener opener) throws Exception {
        FxToolkit.registerPrimaryStage();
        ZhifaApplication.useOpener(opener);
        app = (ZhifaApplication) FxToolkit.setupApplication(ZhifaApplication.class);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void theLoginScreenShowsAtOnceAndLoginIsEnabledWhenTheDataIsOpen() throws Exception {
        opened.set(DemoData.open(dataDir));
        CountDownLatch release = new CountDownLatch(1);
        start(progress -> {
            progress.accept("正在载入演示数据…");
            release.await(FxTest.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return FxTest.services(opened.get(), Clock.systemDefaultZone());
        });

        waitUntil("the login screen", () -> robot.lookup("#loginUsername").tryQuery().isPresent());
        Label status = robot.lookup("#loginStatus").queryAs(Label.class);
        Button login = robot.lookup("#loginButton").queryAs(Button.class);
        waitUntil("the progress of the opening", () -> status.getText().equals("正在载入演示数据…"));
        FxTest.fxRun(() -> {
            robot.lookup("#loginUsername").queryTextInputControl().setText("o02");
            robot.lookup("#loginPassword").queryTextInputControl().setText(FxTest.DEMO_PASSWORD);
        });
        assertThat(fx(login::isDisabled)).as("no login before the data is open").isTrue();

        release.countDown();
        waitUntil("login enabled", () -> !login.isDisabled());
        assertThat(fx(status::getText)).isEmpty();
        robot.clickOn("#loginButton");
        waitUntil("the main window after login", () -> app.window() != null);
    }

    @Test
    void aDataDirectoryThatCannotBeOpenedIsExplainedOnTheLoginScreen() throws Exception {
        start(progress -> {
            throw new IllegalStateException("数据库已被另一个程序打开");
        });

        waitUntil("the reason", () -> robot.lookup("#loginError").queryAs(Label.class).isVisible());
        assertThat(fx(() -> robot.lookup("#loginError").queryAs(Label.class).getText()))
                .isEqualTo("无法打开数据：数据库已被另一个程序打开");
        FxTest.fxRun(() -> {
            robot.lookup("#loginUsername").queryTextInputControl().setText("o02");
            robot.lookup("#loginPassword").queryTextInputControl().setText(FxTest.DEMO_PASSWORD);
        });
        assertThat(fx(() -> robot.lookup("#loginButton").queryAs(Button.class).isDisabled())).isTrue();
    }
}
