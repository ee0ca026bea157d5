package org.zhifa.workstation.cli;

import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa case show CASE_NO [--json]}. */
@Command(name = "show")
final class CaseShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "cli.param.caseNo")
    String caseNo;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            CaseRecord c = services.cases().find(caseNo)
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("cli.case.notFound", caseNo)));
            if (json) {
                CaseJson.print(CaseJson.detail(c));
                return ExitCodes.OK;
            }
            System.out.println(Texts.tr("cli.case.show.title", c.caseNo(), c.cause()));
            System.out.println(Texts.tr("cli.case.show.state", Texts.label(c.state()), Texts.label(c.procedure())));
            if (c.party() != null) {
                System.out.println(Texts.tr("cli.case.show.party", c.party().name(), c.party().identifier()));
            }
            if (c.matter() != null) {
                System.out.println(Texts.tr("cli.case.show.matter", c.matter().code(), c.matter().name()));
            }
            for (CaseOfficer o : c.officers()) {
                System.out.println(Texts.tr("cli.case.show.officer", Texts.label(o.duty()), o.officer().name()));
            }
            for (CaseEvent e : c.events()) {
                System.out.println(Texts.tr("cli.case.show.event", e.date(), Texts.label(e.kind()),
                        e.summary() == null ? "" : e.summary()));
            }
            return ExitCodes.OK;
        }
    }
}
