package org.zhifa.workstation.documents.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.documents.RenderedDocument;
import org.zhifa.workstation.documents.pdf.DocxPdfRenderer;

/**
 * Document speed (docs/performance.md): the 行政处罚决定书 of a decided demo case rendered through
 * {@code DocumentService.render} — the path of {@code zhifa doc render} and of the GUI: load the case from H2, fill the
 * Word template, write DOCX or lay out the PDF with the embedded font, keep the file in the content store — warm,
 * one document at a time, and as a batch of 1,000; then the common peer route for the same document: the filled DOCX
 * converted to PDF by LibreOffice headless, one process per document, and one process for a batch.
 *
 * <p>Arguments: work folder (default a temporary folder), measured rounds (default 200), LibreOffice rounds
 * (default 10; 0 skips LibreOffice).
 */
public final class DocumentBench {
    private static final String CASE_NO = "BD-2025-0008";
    /** Unmeasured renders first, so that the JIT has compiled the hot paths ("warm"). */
    private static final int WARM_UP = 500;

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("zhifa-docbench-");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int officeRounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path data = work.resolve("data");
        byte[] docx;
        try (Workstation ws = Workstation.open(data)) {
            ws.demoLoader().load();
            for (int i = 0; i < WARM_UP; i++) {
                ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.PDF);
                ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.DOCX);
            }
            report("decision PDF, warm, one at a time", time(rounds,
                    () -> ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.PDF)));
            report("decision DOCX, warm, one at a time", time(rounds,
                    () -> ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.DOCX)));
            long start = System.nanoTime();
            int pages = 0;
            for (int i = 0; i < 1000; i++) {
                RenderedDocument r = ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.PDF);
                pages += r.pages();
            }
            double batchMs = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "batch of 1,000 decision PDFs (%d pages): %.0f ms in all, %.2f ms per document%n",
                    pages, batchMs, batchMs / 1000);
            docx = ws.documents().render(CASE_NO, DocumentType.DECISION, DocumentFormat.DOCX).bytes();
        }
        DocxPdfRenderer renderer = new DocxPdfRenderer();
        byte[] filled = docx;
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(filled);
        }
        report("PDF layout alone (filled DOCX in memory → PDF bytes, no database, no file)", time(rounds,
                () -> renderer.render(filled)));
        if (officeRounds > 0) {
            libreOffice(work, docx, officeRounds);
        }
    }

    private static void libreOffice(Path work, byte[] docx, int rounds) throws IOException, InterruptedException {
        Path in = work.resolve("office-in");
        Files.createDirectories(in);
        Path source = Files.write(in.resolve("decision.docx"), docx);
        Path profile = work.resolve("office-profile");
        convert(List.of(source), work.resolve("office-warm"), profile);
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            convert(List.of(source), work.resolve("office-out-" + i), profile);
            single.add((System.nanoTime() - t) / 1e6);
        }
        report("LibreOffice headless, one process per document (warm profile)", single);
        List<Path> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(Files.write(in.resolve("decision-" + i + ".docx"), docx));
        }
        long t = System.nanoTime();
        convert(many, work.resolve("office-batch"), profile);
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "LibreOffice headless, one process for 100 documents: %.0f ms in all, %.1f ms per document%n",
                ms, ms / 100);
    }

    private static void convert(List<Path> files, Path outDir, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("soffice failed: " + command);
        }
        for (Path f : files) {
            Path pdf = outDir.resolve(f.getFileName().toString().replace(".docx", ".pdf"));
            if (!Files.isRegularFile(pdf)) {
                throw new IOException("soffice wrote no " + pdf);
            }
        }
    }

    private static List<Double> time(int rounds, Runnable work) {
        List<Double> ms = new ArrayList<>(rounds);
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: n=%d min %.2f ms, median %.2f ms, p90 %.2f ms, max %.2f ms%n", what,
                sorted.size(), sorted.getFirst(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.floor(sorted.size() * 0.9)), sorted.getLast());
    }
}
