package org.zhifa.workstation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhifa.workstation.documents.DocumentException;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentService;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.RenderedDocument;
import org.zhifa.workstation.documents.casefile.CaseFileAssembler.CaseFile;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa doc render CASE_NO --type TYPE --format pdf|docx --out FILE} and
 * {@code zhifa doc casefile CASE_NO --out FILE.pdf}. Exit 2 with the Chinese reason for an unknown type or format,
 * an unknown case, a field the case cannot fill yet, or a case without the step the document records.
 */
@Command(name = "doc", resourceBundle = DocCommand.BUNDLE,
        subcommands = {DocCommand.RenderCommand.class, DocCommand.CaseFileCommand.class})
final class DocCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.doc.option.help")
    boolean help;

    static final String BUNDLE = "org.zhifa.workstation.texts.documents_engine";

    /** Sets the Chinese descriptions of {@code doc}, {@code doc render} and {@code doc casefile}; called from {@code Cli.describe}. */
    static void describe(CommandLine doc) {
        doc.getCommandSpec().usageMessage().description(Texts.tr("cli.desc.doc"));
        doc.getSubcommands().get("render").getCommandSpec().usageMessage().description(Texts.tr("cli.desc.doc.render"));
        doc.getSubcommands().get("casefile").getCommandSpec().usageMessage()
                .description(Texts.tr("cli.desc.doc.casefile"));
    }

    /**
     * The document service for the command line's data directory. Until {@link CliServices} offers one, the
     * service opens its own connection pool on the same database.
     */
    static DocumentService documents(CliServices services) {
        return DocumentService.open(services.dataDirectory(), () -> services.settings().settings());
    }

    /** Runs a document action; a DocumentException becomes exit 2 with its message. */
    private static <T> T rejecting(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DocumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
    }

    /** {@code zhifa doc render}. */
    @Command(name = "render", resourceBundle = DocCommand.BUNDLE)
    static final class RenderCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.doc.option.help")
        boolean help;

        @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "cli.doc.param.caseNo")
        String caseNo;

        @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "cli.doc.option.type")
        String type;

        @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx", descriptionKey = "cli.doc.option.format")
        String format;

        @Option(names = "--occurrence", paramLabel = "N", descriptionKey = "cli.doc.option.occurrence")
        Integer occurrence;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.doc.option.out")
        Path out;

        @Override
        public Integer call() throws Exception {
            DocumentType documentType = rejecting(() -> DocumentService.parseType(type));
            DocumentFormat documentFormat = DocumentFormat.parse(format)
                    .orElseThrow(() -> new InputRejectedException(Texts.tr("cli.doc.badFormat", format)));
            if (occurrence != null && occurrence < 1) {
                throw new InputRejectedException(Texts.tr("cli.doc.badOccurrence", String.valueOf(occurrence)));
            }
            try (CliServices services = ZhifaCommand.rootOf(spec).open();
                 DocumentService documents = documents(services)) {
                RenderedDocument d = rejecting(() -> documents.render(caseNo, documentType,
                        occurrence == null ? null : occurrence - 1, documentFormat));
                AtomicFiles.write(out, d.bytes());
                String number = d.number() == null ? "" : Texts.tr("cli.doc.numberSuffix", d.number());
                System.out.println(Texts.tr("cli.doc.rendered", d.title(), caseNo, number, out.toAbsolutePath()));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code zhifa doc casefile}. */
    @Command(name = "casefile", resourceBundle = DocCommand.BUNDLE)
    static final class CaseFileCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.doc.option.help")
        boolean help;

        @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "cli.doc.param.caseNo")
        String caseNo;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.doc.option.casefileOut")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (CliServices services = ZhifaCommand.rootOf(spec).open();
                 DocumentService documents = documents(services)) {
                CaseFile file = rejecting(() -> documents.caseFile(caseNo));
                AtomicFiles.write(out, file.pdf());
                System.out.println(Texts.tr("cli.doc.caseFileWritten", caseNo, String.valueOf(file.summary().pieces()),
                        String.valueOf(file.numberedPages()), String.valueOf(file.physicalPages()), out.toAbsolutePath()));
                return ExitCodes.OK;
            }
        }
    }
}
