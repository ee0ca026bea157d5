package org.zhifa.workstation.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa case export CASE_NO --out FILE.json}. */
@Command(name = "export")
final class CaseExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "cli.param.caseNo")
    String caseNo;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            String json = services.cases().exportJson(caseNo)
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("cli.case.notFound", caseNo)));
            AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
            System.out.println(Texts.tr("cli.case.exported", caseNo, out.toAbsolutePath()));
            return ExitCodes.OK;
        }
    }
}
