package org.zhifa.workstation.cases;

import java.util.List;

/** A case (or a step of it) the law or the data does not allow; the reasons are Chinese lines naming the rules. */
public final class CaseRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    public CaseRejectedException(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
