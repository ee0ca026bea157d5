package org.zhifa.workstation.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.zhifa.workstation.cli.CliEnvironment;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.GuiLauncher;
import org.zhifa.workstation.ui.UiServices;

/** Connects the command line to the real services and the GUI. */
final class AppEnvironment implements CliEnvironment {

    @Override
    public CliServices open(Path dataDirectory) {
        return Workstation.open(DataDirectory.resolve(dataDirectory));
    }

    @Override
    public Path dataDirectory(Path dataDirectory) {
        return DataDirectory.resolve(dataDirectory);
    }

    /**
     * Shows the login screen at once; the database is opened (and the demo loaded) in the background, and closed
     * after the window has closed.
     */
    @Override
    public int startGui(Path dataDirectory, boolean loadDemo) {
        if (!DisplayCheck.hasDisplay()) {
            System.err.println(Texts.tr("gui.noDisplay"));
            return ExitCodes.REJECTED;
        }
        Path directory = DataDirectory.resolve(dataDirectory);
        AtomicReference<Workstation> opened = new AtomicReference<>();
        try {
            GuiLauncher.launch(progress -> {
                Workstation ws = Workstation.open(directory);
                opened.set(ws);
                if (loadDemo) {
                    progress.accept(Texts.tr("startup.demo"));
                    ws.demoLoader().load();
                }
                ws.backups().startAutomatic();
                return services(ws);
            });
        } finally {
            Workstation ws = opened.get();
            if (ws != null) {
                ws.close();
            }
        }
        return ExitCodes.OK;
    }

    private static UiServices services(Workstation ws) {
        return new UiServices(ws.cases(), ws.referenceData(), ws.users(), ws.evidenceFiles(),
                () -> ws.settings().settings().procedure(), Clock.systemDefaultZone(), ws.dataDirectory(),
                ws.documents(), ws.exchange(), ws, ws);
    }
}
