package org.zhifa.workstation.cli;

import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code zhifa demo}: loads the demo township into the store. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ZhifaCommand root;

    @Override
    public Integer call() {
        try (CliServices services = root.open()) {
            DemoTownshipLoader.Result result = services.demoLoader().load();
            if (result.loaded()) {
                System.out.println(Texts.tr("cli.demo.loaded", result.authorities(), result.officers(),
                        result.matters(), result.cases(), services.dataDirectory()));
            } else {
                System.out.println(Texts.tr("cli.demo.present", services.dataDirectory()));
            }
            return ExitCodes.OK;
        }
    }
}
