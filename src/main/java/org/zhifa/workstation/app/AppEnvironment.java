package org.zhifa.workstation.app;

import java.nio.file.Path;
import java.time.Clock;
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

    @Override
    public int startGui(Path dataDirectory, boolean loadDemo) {
        if (!DisplayCheck.hasDisplay()) {
            System.err.println(Texts.tr("gui.noDisplay"));
            return ExitCodes.REJECTED;
        }
        try (Workstation ws = Workstation.open(DataDirectory.resolve(dataDirectory))) {
            if (loadDemo) {
                ws.demoLoader().load();
            }
            ws.backups().startAutomatic();
            GuiLauncher.launch(new UiServices(ws.cases(), ws.referenceData(), ws.users(), ws.evidenceFiles(),
                    () -> ws.settings().settings().procedure(), Clock.systemDefaultZone(), ws.dataDirectory(),
                    ws.documents(), ws.exchange(), ws, ws));
        }
        return ExitCodes.OK;
    }
}
