package org.zhifa.workstation.cases;

import java.util.List;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.store.Stores;

/** Authorities, officers and the catalog, read-only. */
public final class ReferenceDataService {
    private final Stores stores;

    public ReferenceDataService(Stores stores) {
        this.stores = stores;
    }

    public List<Authority> authorities() {
        return stores.database().read(ctx -> stores.reference().authorities(ctx));
    }

    public List<Officer> officers() {
        return stores.database().read(ctx -> stores.reference().officers(ctx));
    }

    public List<CatalogMatter> catalog() {
        return stores.database().read(ctx -> stores.catalog().all(ctx));
    }
}
