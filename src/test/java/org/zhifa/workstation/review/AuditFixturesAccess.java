package org.zhifa.workstation.review;

import org.zhifa.workstation.domain.cases.CaseRecord;

/** The clean case of {@link AuditFixtures}, for tests in other packages. */
public final class AuditFixturesAccess {
    private AuditFixturesAccess() {
    }

    public static CaseRecord clean() {
        return AuditFixtures.clean();
    }
}
