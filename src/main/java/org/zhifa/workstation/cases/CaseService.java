package org.zhifa.workstation.cases;

import java.util.List;
import java.util.Optional;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.store.Stores;

/** Reads and changes cases. Every change is stored with its audit entry in one transaction. */
public final class CaseService {
    private final Stores stores;

    public CaseService(Stores stores) {
        this.stores = stores;
    }

    public List<CaseSummary> list(CaseQuery query) {
        return stores.database().read(ctx -> stores.cases().list(ctx, query));
    }

    public int count(CaseQuery query) {
        return stores.database().read(ctx -> stores.cases().count(ctx, query));
    }

    public Optional<CaseRecord> find(String caseNo) {
        return stores.database().read(ctx -> stores.cases().find(ctx, caseNo));
    }
}
