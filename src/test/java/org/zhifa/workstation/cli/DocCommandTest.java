package org.zhifa.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.app.Workstation;
import picocli.CommandLine;

/**
 * {@code zhifa doc render} and {@code zhifa doc casefile} on the demo township: files written, exit 0; exit 2 with
 * a Chinese reason for an unknown type, an unknown format, a missing step. The command tree is the real one; the
 * doc command is added when the root does not list it yet.
 */
class DocCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        try (Workstation ws = Workstation.open(dir)) {
            ws.demoLoader().load();
        }
    }

    @AfterAll
    static void done() {
        // the data directory is removed with the temp dir
    }

    record Run(int code, String out, String err) { }

    /** The real command tree, with the doc command added when the root does not list it yet. */
    private static CommandLine root(CliEnvironment env) {
        CommandLine cl = new CommandLine(new ZhifaCommand(env));
        if (!cl.getSubcommands().containsKey("doc")) {
            cl.addSubcommand("doc", new DocCommand());
        }
        DocCommand.describe(cl.getSubcommands().get("doc"));
        return cl;
    }

    private static CommandLine docCommandLine() {
        return root(null).getSubcommands().get("doc");
    }

    private static Run run(String... args) {
        CliEnvironment env = new CliEnvironment() {
            @Override
            public CliServices open(Path dataDirectory) {
                return Workstation.open(dataDirectory);
            }

            @Override
            public int startGui(Path dataDirectory, boolean loadDemo) {
                return ExitCodes.USAGE;
            }
        };
        CommandLine cl = root(env);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof InputRejectedException) {
                c.getErr().println(e.getMessage());
                return ExitCodes.REJECTED;
            }
            throw e;
        });
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(captured);
            cl.setOut(new PrintWriter(captured, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void rendersADecisionAsPdfAndAsWord() throws Exception {
        Path pdf = dir.resolve("out/decision.pdf");
        Run r = run("--data-dir", dir.toString(), "doc", "render", "BD-2025-0008", "--type", "DECISION",
                "--format", "pdf", "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("行政处罚决定书", "八都镇综执罚决〔2026〕");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        Path docx = dir.resolve("out/decision.docx");
        Run w = run("--data-dir", dir.toString(), "doc", "render", "BD-2025-0008", "--type", "decision",
                "--format", "docx", "--out", docx.toString());
        assertThat(w.code()).as(w.err()).isZero();
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(d.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void helpIsInChinese() {
        CommandLine doc = docCommandLine();
        String render = doc.getSubcommands().get("render").getUsageMessage();
        assertThat(render).contains("按模板生成", "文书类型", "pdf 或 docx", "--out", "CASE_NO");
        String casefile = doc.getSubcommands().get("casefile").getUsageMessage();
        assertThat(casefile).contains("卷宗", "CASE_NO", "--out");
        assertThat(doc.getUsageMessage()).contains("render", "casefile");
    }

    @Test
    void writesTheCaseFile() throws Exception {
        Path pdf = dir.resolve("out/casefile.pdf");
        Run r = run("--data-dir", dir.toString(), "doc", "casefile", "BD-2025-0007", "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("BD-2025-0007", "卷宗");
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void rejectsUnknownTypeFormatAndMissingStepWithExitTwo() {
        Run type = run("--data-dir", dir.toString(), "doc", "render", "BD-2025-0008", "--type", "NOPE",
                "--out", dir.resolve("x.pdf").toString());
        assertThat(type.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(type.err()).contains("未知的文书类型", "NOPE");

        Run format = run("--data-dir", dir.toString(), "doc", "render", "BD-2025-0008", "--type", "DECISION",
                "--format", "odt", "--out", dir.resolve("x.odt").toString());
        assertThat(format.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(format.err()).contains("odt");

        Run step = run("--data-dir", dir.toString(), "doc", "render", "BD-2026-0010", "--type", "DECISION",
                "--out", dir.resolve("y.pdf").toString());
        assertThat(step.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(step.err()).contains("BD-2026-0010", "行政处罚决定");
        assertThat(dir.resolve("y.pdf")).doesNotExist();

        Run noCase = run("--data-dir", dir.toString(), "doc", "casefile", "BD-2099-0001", "--out",
                dir.resolve("z.pdf").toString());
        assertThat(noCase.code()).isEqualTo(ExitCodes.REJECTED);
        assertThat(noCase.err()).contains("BD-2099-0001");
    }
}
