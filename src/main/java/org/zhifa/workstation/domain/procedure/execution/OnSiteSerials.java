package org.zhifa.workstation.domain.procedure.execution;

import java.util.Collection;
import java.util.List;
import org.zhifa.workstation.domain.procedure.Violation;

/**
 * R25: the pre-printed serial number of an on-site decision form is used once. A step sees one case only, so
 * the case service calls this with the serials already used by the authority's other cases.
 */
public final class OnSiteSerials {
    private OnSiteSerials() {
    }

    public static List<Violation> check(String serialNumber, Collection<String> usedByOtherCases) {
        if (ExecutionFacts.blank(serialNumber)) {
            return List.of(Violation.error("R25", "rule.R25.serialMissing"));
        }
        String serial = serialNumber.strip();
        boolean used = usedByOtherCases.stream().anyMatch(s -> s != null && s.strip().equals(serial));
        return used ? List.of(Violation.error("R25", "rule.R25.serialUsed", serial)) : List.of();
    }
}
