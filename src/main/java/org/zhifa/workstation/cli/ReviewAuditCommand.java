package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.review.AuditException;
import org.zhifa.workstation.review.AuditResult;
import org.zhifa.workstation.review.CaseFileAuditService;
import org.zhifa.workstation.review.Finding;
import org.zhifa.workstation.review.ReviewServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa review audit CASE_NO... [--json] [--as-of YYYY-MM-DD] [--pdf FILE] [--xlsx FILE]}: the 案卷评查 of one
 * or more cases — score, verdict and findings; {@code --pdf} writes the report of one case, {@code --xlsx} the batch
 * report. Exit 0 when the audit ran (whatever the verdict); 2 for an unknown case. The text output says whether the
 * file may be sent for 审核 (veto items block 报送审核).
 */
@Command(name = "audit", resourceBundle = "org.zhifa.workstation.texts.review_stats")
public final class ReviewAuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CASE_NO", descriptionKey = "cli.review.audit.param.caseNo")
    List<String> caseNos;

    @Option(names = "--json", descriptionKey = "cli.review.audit.option.json")
    boolean json;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.review.audit.option.asOf")
    LocalDate asOf;

    @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "cli.review.audit.option.pdf")
    Path pdf;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", descriptionKey = "cli.review.audit.option.xlsx")
    Path xlsx;

    /** Sets the Chinese description of {@code review audit}; called from {@code Cli.describe}. */
    public static void describe(CommandLine audit) {
        audit.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.review.audit"));
    }

    @Override
    public Integer call() throws Exception {
        if (pdf != null && caseNos.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), Texts.tr("cli.review.audit.pdfOneCase"));
        }
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            CaseFileAuditService audit = service(services);
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            List<AuditResult> results;
            try {
                results = audit.auditBatch(caseNos, day);
            } catch (AuditException e) {
                throw new InputRejectedException(e.getMessage());
            }
            if (pdf != null) {
                AtomicFiles.write(pdf, audit.reportPdf(results.getFirst()));
            }
            if (xlsx != null) {
                AtomicFiles.write(xlsx, audit.batchWorkbook(results));
            }
            if (json) {
                if (results.size() == 1) {
                    System.out.println(audit.toJson(results.getFirst()));
                } else {
                    System.out.println("[" + String.join(",\n", results.stream().map(audit::toJson).toList()) + "]");
                }
                return ExitCodes.OK;
            }
            for (AuditResult r : results) {
                print(audit, r);
            }
            if (pdf != null) {
                System.out.println(Texts.tr("cli.review.audit.written", pdf.toAbsolutePath()));
            }
            if (xlsx != null) {
                System.out.println(Texts.tr("cli.review.audit.written", xlsx.toAbsolutePath()));
            }
            return ExitCodes.OK;
        }
    }

    private static void print(CaseFileAuditService audit, AuditResult r) {
        System.out.println(Texts.tr("cli.review.audit.title", r.caseNo(), r.cause() == null ? "" : r.cause()));
        System.out.println(Texts.tr("cli.review.audit.rubric", r.rubricName(), r.rubricVersion(), r.asOf().toString()));
        System.out.println(Texts.tr("cli.review.audit.score", plain(r.score()), plain(r.formDeducted()),
                plain(r.contentDeducted()), Texts.tr(r.passed() ? "review.verdict.pass" : "review.verdict.fail"),
                plain(r.passMark())));
        for (Finding f : r.findings()) {
            String cost = f.veto() ? Texts.tr("cli.review.audit.veto") : "-" + plain(f.deduction());
            System.out.println(Texts.tr("cli.review.audit.finding", cost, f.itemId(), f.place(), f.message()));
        }
        for (String s : r.skipped()) {
            System.out.println(Texts.tr("cli.review.audit.skipped", s));
        }
        System.out.println(Texts.tr("cli.review.audit.manual", r.manualItems().size()));
        System.out.println(Texts.tr(audit.blocksSubmission(r) ? "cli.review.audit.blocks" : "cli.review.audit.maySubmit"));
    }

    static String plain(java.math.BigDecimal v) {
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    private static CaseFileAuditService service(CliServices services) {
        if (services instanceof ReviewServices r) {
            return r.caseFileAudit();
        }
        throw new IllegalStateException("CliServices does not provide the case-file audit (ReviewServices)");
    }
}
