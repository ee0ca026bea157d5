package org.zhifa.workstation.store;

/** The repositories of one database, created together. */
public record Stores(
        Database database,
        ReferenceRepository reference,
        CatalogRepository catalog,
        CaseRepository cases,
        HolidayRepository holidays,
        AuditLogRepository auditLog) {

    public static Stores over(Database database) {
        ReferenceRepository reference = new ReferenceRepository();
        CatalogRepository catalog = new CatalogRepository(reference);
        return new Stores(database, reference, catalog, new CaseRepository(reference, catalog, new org.zhifa.workstation.store.json.CaseJsonCodec()),
                new HolidayRepository(), new AuditLogRepository());
    }
}
