package org.zhifa.workstation.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhifa case list [--json]}. */
@Command(name = "list")
final class CaseListCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            List<CaseSummary> cases = services.cases().list(CaseQuery.all());
            if (json) {
                CaseJson.print(CaseJson.summaries(cases));
            } else {
                System.out.println(Texts.tr("cli.case.list.header"));
                for (CaseSummary c : cases) {
                    System.out.println(String.join("\t", c.caseNo(), Texts.label(c.state()), Texts.label(c.procedure()),
                            nullToEmpty(c.partyName()), c.cause()));
                }
                System.out.println(Texts.tr("cli.case.list.count", cases.size()));
            }
            return ExitCodes.OK;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
