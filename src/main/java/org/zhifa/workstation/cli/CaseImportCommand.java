package org.zhifa.workstation.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhifa.workstation.cases.CaseRejectedException;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa case import FILE.json}: replayed through the procedure gates; a rejected file changes nothing. */
@Command(name = "import")
final class CaseImportCommand implements Callable<Integer> {
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.caseFile")
    Path file;

    @Override
    public Integer call() throws Exception {
        String json = read(file);
        try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
            CaseService.ImportResult result = services.cases().importJson(json, CliActor.NAME);
            for (Violation w : result.warnings()) {
                System.err.println(Texts.tr("cli.warning", w.describe()));
            }
            System.out.println(result.status() == CaseService.ImportStatus.IMPORTED
                    ? Texts.tr("import.done", result.record().caseNo(), Texts.label(result.record().state()))
                    : Texts.tr("import.unchanged", result.record().caseNo()));
            return ExitCodes.OK;
        } catch (CaseRejectedException e) {
            throw new InputRejectedException(Texts.tr("cli.case.importRejected", file, String.join("\n", e.reasons())));
        }
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputRejectedException(Texts.tr("cli.error.noFile", file));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputRejectedException(Texts.tr("cli.error.tooLarge", file, MAX_BYTES / 1024 / 1024));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(Texts.tr("cli.error.notUtf8", file));
        } catch (IOException e) {
            throw new InputRejectedException(Texts.tr("cli.error.read", file, e.getMessage()));
        }
    }
}
