package org.zhifa.workstation.cases.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.audit.AuditEntry;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.CaseQuery;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.CaseSummary;
import org.zhifa.workstation.domain.cases.ProcedureKind;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;

/** The demo township loads into a real store, completely, once. */
class DemoTownshipLoaderTest {
    /** The day the demo data describes ("today" for its certificates). */
    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    @Test
    void loadsTheWholeTownshipOnceAndNeverTwice() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            DemoTownshipLoader loader = new DemoTownshipLoader(stores, new org.zhifa.workstation.cases.CaseService(stores).importer(), officers -> { });

            DemoTownshipLoader.Result first = loader.load();
            assertThat(first.loaded()).isTrue();
            assertThat(first.cases()).isGreaterThanOrEqualTo(12);
            int auditEntries = db.<List<AuditEntry>>read(ctx -> stores.auditLog().all(ctx)).size();

            DemoTownshipLoader.Result second = loader.load();
            assertThat(second.loaded()).isFalse();
            assertThat(db.<Integer>read(ctx -> stores.cases().count(ctx, CaseQuery.all()))).isEqualTo(first.cases());
            assertThat(db.<List<AuditEntry>>read(ctx -> stores.auditLog().all(ctx))).hasSize(auditEntries);
        }
    }

    @Test
    void demoDataCoversWhatTheProductNeeds() {
        try (Database db = Database.open(dataDir)) {
            Stores stores = Stores.over(db);
            new DemoTownshipLoader(stores, new org.zhifa.workstation.cases.CaseService(stores).importer(), officers -> { }).load();

            assertThat(db.<List<Authority>>read(ctx -> stores.reference().authorities(ctx)))
                    .extracting(a -> a.name()).contains("龙泉市八都镇人民政府", "龙泉市综合行政执法局");

            List<Officer> officers = db.read(ctx -> stores.reference().officers(ctx));
            assertThat(officers).hasSizeGreaterThanOrEqualTo(8);
            assertThat(officers).anyMatch(o -> o.certificate() != null && o.certificate().status() == CertificateStatus.SUSPENDED);
            assertThat(officers).anyMatch(o -> o.certificate() != null && o.certificate().status() == CertificateStatus.REVOKED);
            assertThat(officers).anyMatch(o -> o.role() == OfficerRole.AUXILIARY && o.certificate() == null);
            assertThat(officers).anyMatch(o -> o.certificate() != null && o.certificate().expiresWithin(DEMO_TODAY, 30));

            List<CatalogMatter> catalog = db.read(ctx -> stores.catalog().all(ctx));
            assertThat(catalog).hasSizeGreaterThanOrEqualTo(40);
            assertThat(catalog.stream().map(CatalogMatter::area).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(8);
            assertThat(catalog).allMatch(m -> m.penaltyProvision().contains("《") && !m.violatedProvision().isBlank());

            assertThat(db.read(ctx -> stores.holidays().years(ctx)).keySet()).contains(2024, 2025, 2026);

            List<CaseSummary> cases = db.read(ctx -> stores.cases().list(ctx, CaseQuery.all()));
            assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
            Set<CaseState> states = cases.stream().map(CaseSummary::state).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
            assertThat(states).contains(CaseState.LEAD, CaseState.FILED, CaseState.INVESTIGATING, CaseState.NOTICED,
                    CaseState.DECIDED, CaseState.SERVED, CaseState.EXECUTED, CaseState.CLOSED, CaseState.NO_PENALTY);
            assertThat(cases).anyMatch(c -> c.procedure() == ProcedureKind.SUMMARY);
            assertThat(cases).allMatch(c -> c.partyName() != null && c.partyName().codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
            assertThat(cases).allMatch(c -> !c.discoveredOn().isBefore(LocalDate.of(2025, 1, 1))
                    && !c.discoveredOn().isAfter(DEMO_TODAY));
        }
    }
}
