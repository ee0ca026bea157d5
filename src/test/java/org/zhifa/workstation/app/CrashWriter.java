package org.zhifa.workstation.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.EvidenceKind;
import org.zhifa.workstation.domain.cases.action.AddEvidence;
import org.zhifa.workstation.documents.DocumentFormat;
import org.zhifa.workstation.documents.DocumentType;

/**
 * The child process of {@link CrashSafetyTest}: writes to a data directory (case imports, steps taken in a case,
 * documents that get their 文号) and prints one line on stdout after each write has committed, until it is killed.
 *
 * <p>{@code CrashWriter DATA_DIR SEED WRITES ROUND}. Lines: {@code IMPORTED caseNo}, {@code EVIDENCE caseNo title},
 * {@code NUMBERED caseNo 文号}. With WRITES -1 it only holds the data directory open (a running program), prints
 * {@code READY} and waits to be killed.
 */
public final class CrashWriter {
    /** A decided and archived demo case: its copies have documents that take 文号. */
    static final String TEMPLATE = "BD-2025-0001";
    /** The demo case under investigation: evidence can be added to it again and again. */
    static final String INVESTIGATING = "BD-2026-0008";
    static final String COPY_PREFIX = "BD-2025-";
    static final int FIRST_COPY = 1000;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        int writes = Integer.parseInt(args[2]);
        int round = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Workstation ws = Workstation.open(data)) {
            if (writes < 0) {
                out.println("READY");
                sleep();
            }
            CaseService cases = ws.cases();
            String template = cases.exportJson(TEMPLATE).orElseThrow();
            Deque<String> unnumbered = new ArrayDeque<>();
            int next = FIRST_COPY;
            for (var c : cases.list(CaseQuery.all())) {
                int n = copyNumber(c.caseNo());
                if (n >= FIRST_COPY) {
                    next = Math.max(next, n + 1);
                    if (ws.documents().numbers(c.caseNo()).isEmpty()) {
                        unnumbered.add(c.caseNo());
                    }
                }
            }
            for (int i = 0; i < writes; i++) {
                int pick = random.nextInt(10);
                if (pick < 3 && !unnumbered.isEmpty()) {
                    String caseNo = unnumbered.poll();
                    String number = ws.documents().render(caseNo, DocumentType.DECISION, DocumentFormat.DOCX).number();
                    out.println("NUMBERED " + caseNo + " " + number);
                } else if (pick < 6) {
                    String title = "证据-" + round + "-" + i;
                    CaseRecord c = cases.find(INVESTIGATING).orElseThrow();
                    LocalDate day = c.actions().stream().map(CaseAction::date).max(LocalDate::compareTo).orElseThrow();
                    var outcome = cases.perform(INVESTIGATING, new AddEvidence(day, "O01", EvidenceKind.DOCUMENTARY,
                            title, "现场检查情况", null, null, null), "O01");
                    if (!outcome.accepted()) {
                        throw new IllegalStateException("refused: " + outcome.violations());
                    }
                    out.println("EVIDENCE " + INVESTIGATING + " " + title);
                } else {
                    String caseNo = COPY_PREFIX + next++;
                    cases.importJson(template.replace("\"" + TEMPLATE + "\"", "\"" + caseNo + "\""), "O01");
                    unnumbered.add(caseNo);
                    out.println("IMPORTED " + caseNo);
                }
            }
        }
        out.println("DONE");
    }

    private static void sleep() {
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int copyNumber(String caseNo) {
        if (!caseNo.startsWith(COPY_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(caseNo.substring(COPY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
