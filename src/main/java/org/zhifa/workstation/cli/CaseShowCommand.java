package org.zhifa.workstation.cli;

import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseEvent;
import org.zhifa.workstation.domain.procedure.DeadlineItem;
import org.zhifa.workstation.domain.procedure.NextStep;
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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.asOf")
    java.time.LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            java.time.LocalDate day = asOf == null ? java.time.LocalDate.now() : asOf;
            CaseService.CaseView view = services.cases().view(caseNo, day)
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("cli.case.notFound", caseNo)));
            if (json) {
                System.out.println(services.cases().showJson(caseNo, day).orElseThrow());
                return ExitCodes.OK;
            }
            CaseRecord c = view.record();
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
            for (NextStep s : view.nextSteps()) {
                System.out.println(Texts.tr(s.allowed() ? "cli.case.show.allowed" : "cli.case.show.blocked", Texts.label(s.type())));
                s.blocking().forEach(v -> System.out.println("    " + v.describe()));
            }
            for (DeadlineItem d : view.deadlines()) {
                System.out.println(Texts.tr("cli.case.show.deadline", d.label(), d.deadline().date(),
                        d.metOn() == null ? "" : Texts.tr("cli.case.show.met", d.metOn())));
            }
            return ExitCodes.OK;
        }
    }
}
