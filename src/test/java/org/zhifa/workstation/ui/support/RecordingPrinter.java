package org.zhifa.workstation.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.zhifa.workstation.ui.print.DocumentPrinter;
import org.zhifa.workstation.ui.print.PrintOutcome;
import org.zhifa.workstation.ui.print.PrintRequest;
import org.zhifa.workstation.ui.print.PrintablePdf;

/**
 * A printer for tests, where no real one exists: opens the PDF the way the system printer does ({@link PrintablePdf})
 * and records the job with the number of pages the printer would have got, reporting each page to the progress.
 * {@link #holdJobs()} keeps each job waiting until {@link #release()}, so a test can look at the progress meanwhile.
 */
public final class RecordingPrinter implements DocumentPrinter {
    /** One job the printer received. */
    public record Job(String name, byte[] pdf, int pages) {
    }

    private final List<Job> jobs = new ArrayList<>();
    private volatile CountDownLatch gate;

    @Override
    public PrintOutcome print(PrintRequest request) {
        try (PrintablePdf pdf = PrintablePdf.open(request.pdf())) {
            int pages = pdf.pageCount();
            CountDownLatch wait = gate;
            for (int page = 1; page <= pages; page++) {
                request.progress().printing(page, pages);
                if (page == 1 && wait != null && !wait.await(FxTest.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the held print job was never released");
                }
                if (request.progress().cancelled()) {
                    return PrintOutcome.cancelled();
                }
            }
            synchronized (this) {
                jobs.add(new Job(request.jobName(), request.pdf(), pages));
            }
            return PrintOutcome.printed(pages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrintOutcome.cancelled();
        }
    }

    /** Jobs wait after their first page until {@link #release()}. */
    public void holdJobs() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    public synchronized List<Job> jobs() {
        return List.copyOf(jobs);
    }
}
