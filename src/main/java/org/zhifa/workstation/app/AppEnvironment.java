package org.zhifa.workstation.app;

import java.nio.file.Path;
import java.time.Clock;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.cli.CliEnvironment;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.GuiLauncher;
import org.zhifa.workstation.ui.UiServices;

/** Connects the command line to the real services and the GUI. */
final class AppEnvironment implements CliEnvironment {

    @Override
    public CliServices open(Path dataDirectory) {
        Workstation ws = Workstation.open(DataDirectory.resolve(dataDirectory));
        return new CliServices() {
            @Override
            public Path dataDirectory() {
                return ws.dataDirectory();
            }

            @Override
            public CaseService cases() {
                return ws.cases();
            }

            @Override
            public ReferenceDataService referenceData() {
                return ws.referenceData();
            }

            @Override
            public DemoTownshipLoader demoLoader() {
                return ws.demoLoader();
            }

            @Override
            public AuditService audit() {
                return ws.audit();
            }

            @Override
            public UserService users() {
                return ws.users();
            }

            @Override
            public SettingsService settings() {
                return ws.settings();
            }

            @Override
            public DocumentService documents() {
                return ws.documents();
            }

            @Override
            public ExchangeServices exchange() {
                return ws.exchange();
            }

            @Override
            public void close() {
                ws.close();
            }
        };
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
            GuiLauncher.launch(new UiServices(ws.cases(), ws.referenceData(), ws.users(), ws.evidenceFiles(),
                    () -> ws.settings().settings().procedure(), Clock.systemDefaultZone(), ws.dataDirectory()));
        }
        return ExitCodes.OK;
    }
}
