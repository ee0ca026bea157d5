package org.zhifa.workstation.exchange.bundle;

import java.util.List;

/**
 * A bundle was refused. Nothing was written to the database or outside a temporary folder; the problems say why
 * (in Chinese), each with the code of the check that failed.
 */
public final class BundleRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BundleRejectedException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::message).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        this.problems = List.copyOf(problems);
    }

    public BundleRejectedException(ProblemCode code, String message) {
        this(List.of(new Problem(code, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's code. */
    public ProblemCode code() {
        return problems.getFirst().code();
    }

    public List<String> reasons() {
        return problems.stream().map(Problem::message).toList();
    }
}
